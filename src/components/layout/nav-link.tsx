'use client';
import Link from '@/components/ui/link';
import { usePathname } from 'next/navigation';

/**
 * A main-navigation link that marks itself as the current page: the longest matching prefix
 * wins, so a link is current when it matches and none of the links under it (`deeper`, the
 * siblings whose path continues its own; omitted when none, as it is sent once per link) does.
 */
export function NavLink({ href, deeper, children }: { href: string; deeper?: string[]; children: React.ReactNode }) {
  const pathname = usePathname();
  const matches = (h: string) => (h === '/' ? pathname === '/' : pathname === h || pathname.startsWith(`${h}/`));
  const current = matches(href) && !deeper?.some(matches);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={`block px-3 py-2.5 hover:bg-brand-600 ${current ? 'bg-brand-900/40 font-semibold shadow-[inset_0_-3px_0_0_#fff]' : ''}`}
    >
      {children}
    </Link>
  );
}
