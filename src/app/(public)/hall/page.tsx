import type { ReactNode } from 'react';
import Link from '@/components/ui/link';
import { getFormatter, getTranslations } from '@/i18n/server';
import { AutoRefresh } from '@/components/hall/auto-refresh';
import { getHallBoard } from '@/lib/hall/get-hall-board';
import { HallMasthead } from './hall-masthead';
import { titleFrom } from '@/app/page-title';
import { WaitingCounts } from '@/components/hall/waiting-counts';

export const generateMetadata = titleFrom('queue.hall');

export const dynamic = 'force-dynamic';

/**
 * The screen in the hall: public, full-screen without the portal's navigation,
 * and set large and high-contrast to be read from across the room. It
 * refreshes itself.
 */
export default async function HallScreenPage() {
  const [t, format, board] = await Promise.all([getTranslations('queue'), getFormatter(), getHallBoard()]);
  const time = (d: Date) => format.dateTime(d, { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="flex flex-1 flex-col bg-slate-900">
      <AutoRefresh seconds={5} />
      <HallMasthead title={t('hall.title')}>
        <div className="flex items-center gap-4">
          <span className="font-mono text-3xl font-bold tabular-nums sm:text-4xl" aria-label={t('hall.updatedAt', { time: time(new Date()) })}>
            {time(new Date())}
          </span>
          <Link href="/hall/take" className="rounded-md bg-white px-4 py-2 text-base font-semibold text-brand-800 hover:bg-brand-50">
            {t('hall.takeNumber')}
          </Link>
        </div>
      </HallMasthead>

      <div className="grid flex-1 items-start gap-4 p-4 sm:p-6 lg:grid-cols-[1fr_24rem] lg:gap-6">
        <section aria-labelledby="calling-heading" className="overflow-hidden rounded-xl bg-brand-900 text-white shadow-lg">
          <h2 id="calling-heading" className="border-b-4 border-seal-600 bg-brand-800 px-6 py-3 text-2xl font-bold tracking-widest sm:text-4xl">
            {t('hall.calling')}
          </h2>
          {board.calling.length === 0 ? (
            <p className="px-6 py-20 text-center text-3xl text-brand-100 sm:text-5xl">{t('hall.nobodyCalled')}</p>
          ) : (
            <ul aria-live="polite" className="divide-y divide-brand-700">
              {board.calling.map((c, i) => (
                <li key={c.id} className={`flex flex-wrap items-center justify-between gap-x-8 gap-y-2 px-6 py-6 ${i === 0 ? 'bg-brand-800/60' : ''}`}>
                  <span className="font-mono text-7xl font-bold tracking-wider text-amber-300 sm:text-9xl">{c.code}</span>
                  <span className="text-right">
                    <span className="block text-3xl font-bold sm:text-6xl">{t('hall.pleaseGo', { window: c.windowName })}</span>
                    <span className="mt-2 block text-lg text-brand-100 sm:text-2xl">
                      {t(`kinds.${c.kind}`)} · {time(c.calledAt)}
                      {c.recalled && (
                        <span className="ml-2 rounded bg-seal-600 px-2 py-0.5 text-base font-medium text-white sm:text-xl">{t('hall.recalled')}</span>
                      )}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <div className="space-y-4 lg:space-y-6">
          <SidePanel id="waiting-heading" title={t('hall.waiting')}>
            <WaitingCounts hall waiting={board.waiting} />
          </SidePanel>
          <SidePanel id="recent-heading" title={t('hall.recent')}>
            {board.recent.length === 0 ? (
              <p className="px-5 py-8 text-center text-xl text-slate-600">{t('hall.noRecent')}</p>
            ) : (
              <ol className="divide-y divide-slate-200">
                {board.recent.map((c) => (
                  <li key={c.id} className="flex items-center justify-between gap-3 px-5 py-3">
                    <span className="font-mono text-4xl font-bold text-brand-800">{c.code}</span>
                    <span className="text-right text-xl font-medium text-slate-800">
                      {c.windowName}
                      <span className="block text-base font-normal text-slate-600">{time(c.calledAt)}</span>
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </SidePanel>
        </div>
      </div>
    </div>
  );
}

/** A panel beside the calling board (waiting counts, recent calls), titled for screen readers and for the hall. */
function SidePanel({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-xl bg-white shadow-sm">
      <h2 id={id} className="border-b border-slate-200 px-5 py-3 text-2xl font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
