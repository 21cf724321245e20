'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** A main-navigation link that marks itself as the current page (the longest matching prefix wins). */
export function NavLink({ href, siblings, children }: { href: string; siblings: string[]; children: React.ReactNode }) {
  const pathname = usePathname();
  const matches = (h: string) => (h === '/' ? pathname === '/' : pathname === h || pathname.startsWith(`${h}/`));
  const best = siblings.filter(matches).sort((a, b) => b.length - a.length)[0];
  const current = best === href;
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
