import Link from '@/components/ui/link';
import type { ReactNode } from 'react';

/** The link above a page's heading back to the list the page was opened from. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="text-sm text-brand-700 underline">
      ← {children}
    </Link>
  );
}
