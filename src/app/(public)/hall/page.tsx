import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AutoRefresh } from '@/components/hall/auto-refresh';
import { getHallBoard } from '@/lib/hall/get-hall-board';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('queue.hall'))('title') };
}

export const dynamic = 'force-dynamic';

/** The screen in the hall: public, read from across the room, refreshing itself. */
export default async function HallScreenPage() {
  const [t, format, board] = await Promise.all([getTranslations('queue'), getFormatter(), getHallBoard()]);
  const time = (d: Date) => format.dateTime(d, { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="space-y-4">
      <AutoRefresh seconds={5} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t('hall.title')}</h1>
          <p className="mt-1 text-sm text-slate-600">{t('hall.description')}</p>
        </div>
        <div className="flex items-center gap-4 text-sm">
          <span className="text-slate-600">{t('hall.updatedAt', { time: format.dateTime(new Date(), { hour: '2-digit', minute: '2-digit', second: '2-digit' }) })}</span>
          <Link href="/hall/take" className="rounded-md px-3 py-2 font-medium text-brand-700 ring-1 ring-inset ring-brand-200 hover:bg-brand-50">
            {t('hall.takeNumber')}
          </Link>
        </div>
      </div>

      <div className="grid items-start gap-4 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="calling-heading" className="overflow-hidden rounded-xl bg-brand-900 text-white shadow-lg">
          <h2 id="calling-heading" className="border-b-4 border-seal-600 bg-brand-800 px-6 py-3 text-xl font-bold tracking-widest sm:text-2xl">
            {t('hall.calling')}
          </h2>
          {board.calling.length === 0 ? (
            <p className="px-6 py-16 text-center text-2xl text-brand-100 sm:text-3xl">{t('hall.nobodyCalled')}</p>
          ) : (
            <ul aria-live="polite" className="divide-y divide-brand-700">
              {board.calling.map((c, i) => (
                <li key={c.id} className={`flex flex-wrap items-center justify-between gap-x-8 gap-y-2 px-6 py-5 ${i === 0 ? 'bg-brand-800/60' : ''}`}>
                  <span className="font-mono text-6xl font-bold tracking-wider text-amber-300 sm:text-8xl">{c.code}</span>
                  <span className="text-right">
                    <span className="block text-2xl font-bold sm:text-4xl">{t('hall.pleaseGo', { window: c.windowName })}</span>
                    <span className="mt-1 block text-base text-brand-100 sm:text-lg">
                      {t(`kinds.${c.kind}`)} · {time(c.calledAt)}
                      {c.recalled && <span className="ml-2 rounded bg-seal-600 px-2 py-0.5 text-sm font-medium text-white">{t('hall.recalled')}</span>}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <div className="space-y-4">
          <section aria-labelledby="recent-heading" className="rounded-xl border border-slate-200 bg-white shadow-sm">
            <h2 id="recent-heading" className="border-b border-slate-100 px-5 py-3 text-lg font-semibold text-slate-800">
              {t('hall.recent')}
            </h2>
            {board.recent.length === 0 ? (
              <p className="px-5 py-6 text-center text-slate-500">{t('hall.noRecent')}</p>
            ) : (
              <ol className="divide-y divide-slate-100">
                {board.recent.map((c) => (
                  <li key={c.id} className="flex items-center justify-between gap-3 px-5 py-2.5">
                    <span className="font-mono text-2xl font-bold text-brand-800">{c.code}</span>
                    <span className="text-right text-sm text-slate-700">
                      {c.windowName}
                      <span className="block text-xs text-slate-500">{time(c.calledAt)}</span>
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="waiting-heading" className="rounded-xl border border-slate-200 bg-white shadow-sm">
            <h2 id="waiting-heading" className="border-b border-slate-100 px-5 py-3 text-lg font-semibold text-slate-800">
              {t('hall.waiting')}
            </h2>
            <dl className="grid grid-cols-3 divide-x divide-slate-100 text-center">
              {board.waiting.map((w) => (
                <div key={w.kind} className="px-2 py-4">
                  <dt className="text-sm text-slate-600">{t(`kinds.${w.kind}`)}</dt>
                  <dd className="mt-1 text-3xl font-bold text-slate-900">{t('hall.waitingCount', { count: w.count })}</dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
      </div>
    </div>
  );
}
