import Link from '@/components/ui/link';
import { getFormatter, getTranslations } from '@/i18n/server';
import { AutoRefresh } from '@/components/hall/auto-refresh';
import { Badge } from '@/components/ui/badge';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/field';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { getWindowQueue } from '@/lib/hall/get-window-queue';
import { CallNextForm, CurrentTicketActions } from './queue-controls';
import { titleFrom } from '@/app/page-title';
import { WaitingCounts } from '@/components/hall/waiting-counts';

export const generateMetadata = titleFrom('queue.desk');

export default async function DeskQueuePage() {
  const actor = await requirePageActor(WINDOW_ROLES, '/desk/queue');
  const [t, format, queue] = await Promise.all([getTranslations('queue'), getFormatter(), getWindowQueue(actor)]);
  const time = (d: Date) => format.dateTime(d, { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="space-y-6">
      {/* Waiting counts grow while the clerk works: keep them current without a reload. */}
      <AutoRefresh seconds={10} />
      <PageHeader
        title={t('desk.title')}
        description={queue.window ? t('desk.window', { window: `${queue.window.name}（${queue.window.code}）` }) : undefined}
        actions={
          <div className="flex flex-wrap gap-3 text-sm">
            <Link href="/hall" target="_blank" className="text-brand-700 underline">
              {t('desk.openHall')}
            </Link>
            <Link href="/hall/take" target="_blank" className="text-brand-700 underline">
              {t('desk.openKiosk')}
            </Link>
          </div>
        }
      />
      {!queue.window ? (
        <FormAlert>{t('desk.noWindow')}</FormAlert>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t('desk.current')}>
            {queue.current ? (
              <div className="space-y-4">
                <div className="flex flex-wrap items-end justify-between gap-3">
                  <p className="font-mono text-6xl font-bold tracking-wider text-brand-800">{queue.current.code}</p>
                  <div className="text-right text-sm text-slate-600">
                    <p>{t(`kinds.${queue.current.kind}`)}</p>
                    <p>{t('desk.calledAt', { time: time(queue.current.calledAt) })}</p>
                    <p>{t('desk.callCount', { count: queue.current.callCount })}</p>
                  </div>
                </div>
                <CurrentTicketActions ticketId={queue.current.id} code={queue.current.code} />
              </div>
            ) : (
              <EmptyState>{t('desk.noCurrent')}</EmptyState>
            )}
          </Card>
          <Card title={t('desk.callNext')}>
            <CallNextForm waiting={queue.waiting} defaultKind={queue.current?.kind} />
          </Card>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t('desk.waiting')}>
          <WaitingCounts waiting={queue.waiting} />
        </Card>
        <Card title={t('desk.handled')}>
          {queue.handled.length === 0 ? (
            <EmptyState>{t('desk.noHandled')}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {queue.handled.map((h) => (
                <li key={h.id} className="flex items-center justify-between gap-3 py-2 text-sm">
                  <span className="font-mono text-base font-semibold">{h.code}</span>
                  <span className="text-slate-600">{t(`kinds.${h.kind}`)}</span>
                  <Badge tone={h.status === 'SERVED' ? 'green' : 'yellow'}>{t(`desk.status.${h.status}`)}</Badge>
                  <span className="text-xs text-slate-500">{h.finishedAt ? time(h.finishedAt) : '—'}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
