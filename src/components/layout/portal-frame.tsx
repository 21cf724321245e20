'use client';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/**
 * The portal's header and footer around every page, except the hall's screen
 * and kiosk: they run full-screen on a display in the hall, where navigation
 * would only invite passers-by to wander off the kiosk.
 */
export function PortalFrame({ header, footer, children }: { header: ReactNode; footer: ReactNode; children: ReactNode }) {
  const pathname = usePathname();
  if (isHallScreen(pathname)) {
    return (
      <main id="main" className="flex flex-1 flex-col bg-slate-100">
        {children}
      </main>
    );
  }
  return (
    <>
      {header}
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
        {children}
      </main>
      {footer}
    </>
  );
}

function isHallScreen(pathname: string | null): boolean {
  return pathname === '/hall' || !!pathname?.startsWith('/hall/');
}
