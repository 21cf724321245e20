import { ButtonLink } from '@/components/ui/button';

/** The download links of one export, a link per format (links are never prefetched: each of these builds the file). */
export function ExportLinks({ href, formats }: { href: string; formats: { format: string; label: string }[] }) {
  return formats.map(({ format, label }) => (
    <ButtonLink key={format} href={`${href}?format=${format}`} variant="secondary">
      {label}
    </ButtonLink>
  ));
}
