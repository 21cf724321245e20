import { getTranslations } from '@/i18n/server';

/** How many are waiting for each kind of ticket: large on the hall's screen (`hall`), smaller at the window. */
export async function WaitingCounts({ waiting, hall }: { waiting: { kind: string; count: number }[]; hall?: boolean }) {
  const t = await getTranslations('queue');
  return (
    <dl className={`grid grid-cols-3 divide-x text-center ${hall ? 'divide-slate-200' : 'divide-slate-100'}`}>
      {waiting.map((w) => (
        <div key={w.kind} className={hall ? 'px-2 py-5' : 'px-2'}>
          <dt className={hall ? 'text-lg font-medium text-slate-700' : 'text-sm text-slate-600'}>{t(`kinds.${w.kind}`)}</dt>
          <dd className={`mt-1 font-bold text-slate-900 ${hall ? 'text-4xl sm:text-5xl' : 'text-3xl'}`}>
            {t(hall ? 'hall.waitingCount' : 'desk.waitingCount', { count: w.count })}
          </dd>
        </div>
      ))}
    </dl>
  );
}
