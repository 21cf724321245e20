import { getTranslations } from '@/i18n/server';
import type { ReactNode } from 'react';

/** The band at the top of the hall's screens: the center's name in place of the portal's navigation. */
export async function HallMasthead({ title, children }: { title: string; children?: ReactNode }) {
  const t = await getTranslations('site');
  return (
    <header className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 bg-brand-900 px-4 py-3 text-white sm:px-8 sm:py-4">
      <div className="flex items-center gap-3">
        {/* eslint-disable-next-line @next/next/no-img-element -- the app icon, a tiny static SVG */}
        <img src="/icon.svg" alt="" width={40} height={40} className="h-10 w-10 shrink-0" />
        <div>
          <p className="text-sm text-brand-100">{t('center')}</p>
          <h1 className="text-2xl font-bold tracking-wide sm:text-3xl">{title}</h1>
        </div>
      </div>
      {children}
    </header>
  );
}
