import { getTranslations } from '@/i18n/server';
import { ButtonLink } from './button';

/** "Next page" and "back to the first page" links of a keyset-paged list (see src/lib/paging.ts). */
export async function KeysetPager({ base, after, next }: { base: string; after?: string; next: string | null }) {
  if (!after && !next) return null;
  const t = await getTranslations('listPaging');
  return (
    <nav aria-label={t('label')} className="mt-4 flex flex-wrap gap-3">
      {after && (
        <ButtonLink href={base} variant="secondary">
          {t('first')}
        </ButtonLink>
      )}
      {next && (
        <ButtonLink href={`${base}${base.includes('?') ? '&' : '?'}${new URLSearchParams({ after: next })}`} variant="secondary">
          {t('next')}
        </ButtonLink>
      )}
    </nav>
  );
}
