import { getTranslations } from '@/i18n/server';
import { AutoRefresh } from '@/components/hall/auto-refresh';
import { getHallBoard } from '@/lib/hall/get-hall-board';
import { getHallOpeningNow } from '@/lib/hall/hall-opening';
import { WEEKDAYS } from '@/lib/hall/opening-schema';
import { HallMasthead } from '../hall-masthead';
import { TakeTicket } from './take-ticket';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('queue.take');

// Waiting counts change with every ticket: never serve a cached page.
export const dynamic = 'force-dynamic';

/** The kiosk in the hall: public, no sign-in, full-screen. */
export default async function TakeTicketPage() {
  const [t, th, board, state] = await Promise.all([getTranslations('queue.take'), getTranslations('hallOpening'), getHallBoard(), getHallOpeningNow()]);
  const { opening } = state;
  const hours = th('summary', {
    days: WEEKDAYS.filter((d) => opening.weekdays.includes(d))
      .map((d) => th(`day.${d}`))
      .join(th('daySeparator')),
    open: opening.open,
    close: opening.close,
  });
  return (
    <div className="flex flex-1 flex-col">
      <AutoRefresh seconds={15} />
      <HallMasthead title={t('title')}>
        <p className="text-right text-base text-brand-100 sm:text-lg">
          <span className="font-medium text-white">{th('hoursTitle')}</span> {hours}
          <span className="block text-sm">{th('holidayNote')}</span>
        </p>
      </HallMasthead>
      <div className="mx-auto w-full max-w-4xl flex-1 space-y-6 px-4 py-6 sm:py-10">
        <p className="text-lg text-slate-700">{t('description')}</p>
        {state.open ? (
          <TakeTicket waiting={board.waiting} />
        ) : (
          <section role="status" aria-labelledby="closed-heading" className="rounded-xl border-2 border-seal-600 bg-white px-6 py-10 text-center shadow-sm">
            <h2 id="closed-heading" className="text-3xl font-bold text-seal-700">
              {th('closedTitle')}
            </h2>
            <p className="mt-3 text-xl text-slate-800">{th(state.reason ?? 'outsideHours')}</p>
            <p className="mt-4 text-lg text-slate-700">{th('hoursLine', { hours })}</p>
            <p className="mt-1 text-slate-600">{th('holidayNote')}</p>
          </section>
        )}
      </div>
    </div>
  );
}
