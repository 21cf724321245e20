import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from '@/i18n/server';
import { Badge } from '@/components/ui/badge';
import { Card, PageHeader } from '@/components/ui/card';
import { Td } from '@/components/ui/table';
import { TextLink } from '@/components/ui/text-link';
import { requirePageActor } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { listDeliveries } from '@/lib/events/list-deliveries';
import { ReplayButton } from '../subscriber-forms';
import { titleFrom } from '@/app/page-title';
import { TableOrEmpty } from '@/components/layout/table-or-empty';

export const generateMetadata = titleFrom('eventSubscribers', 'logTitle');

const STATUS_TONE = { SENT: 'green', PENDING: 'yellow', SENDING: 'blue', FAILED: 'red' } as const;
const STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;

/** One subscriber's delivery log: every event, its attempts and the receiver's answers, with a replay button. */
export default async function SubscriberLogPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ status?: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(['ADMIN'], `/admin/subscribers/${id}`);
  const { status: rawStatus } = await searchParams;
  const status = STATUSES.find((s) => s === rawStatus);
  const [t, format] = await Promise.all([getTranslations('eventSubscribers'), getFormatter()]);
  let log: Awaited<ReturnType<typeof listDeliveries>>;
  try {
    log = await listDeliveries(actor, id, { status });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Asia/Shanghai' });
  const { subscriber, deliveries } = log;
  return (
    <div className="space-y-6">
      <PageHeader title={t('logOf', { name: subscriber.name })} description={subscriber.url} />
      <p className="text-sm">
        <TextLink href="/admin/subscribers">{t('back')}</TextLink>
      </p>
      <nav aria-label={t('filter')} className="flex flex-wrap gap-3 text-sm">
        <TextLink href={`/admin/subscribers/${subscriber.id}`} aria-current={status ? undefined : 'page'}>
          {t('all')}
        </TextLink>
        {STATUSES.map((s) => (
          <TextLink key={s} href={`/admin/subscribers/${subscriber.id}?status=${s}`} aria-current={status === s ? 'page' : undefined}>
            {t(`deliveryStatus.${s}`)}
          </TextLink>
        ))}
      </nav>
      <Card title={t('logTitle')}>
        <TableOrEmpty
          rows={deliveries}
          empty={t('logEmpty')}
          caption={t('logTitle')}
          head={[t('event'), t('status'), t('attempts'), t('lastAnswer'), t('actions')]}
        >
          {(d) => (
            <tr key={d.id}>
              <Td>
                <div>{t(`type.${d.event.type.replaceAll('.', '_')}`)}</div>
                <div className="font-mono text-xs text-slate-500">
                  {d.event.id} · {t('case')} {d.event.subject}
                </div>
                <div className="text-xs text-slate-500">{when(d.event.time)}</div>
                {d.log.length > 0 && (
                  <details className="mt-1 text-xs text-slate-600">
                    <summary className="cursor-pointer">{t('attemptLog')}</summary>
                    <ul className="mt-1 space-y-0.5 font-mono">
                      {d.log.map((l) => (
                        <li key={l.id}>
                          {when(l.at)} · {l.httpStatus ?? '—'} · {l.durationMs} ms{l.replay ? ` · ${t('replayed')}` : ''}
                          {l.error ? ` · ${l.error}` : ''}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </Td>
              <Td>
                <Badge tone={STATUS_TONE[d.status]}>{t(`deliveryStatus.${d.status}`)}</Badge>
                {d.status === 'PENDING' && d.attempts > 0 && (
                  <div className="mt-1 text-xs text-slate-500">{t('nextAttempt', { at: when(d.nextAttemptAt) })}</div>
                )}
                {d.deliveredAt && <div className="mt-1 text-xs text-slate-500">{t('deliveredAt', { at: when(d.deliveredAt) })}</div>}
              </Td>
              <Td>{d.attempts}</Td>
              <Td className="text-sm">{d.lastError ?? (d.lastStatus ? `HTTP ${d.lastStatus}` : '—')}</Td>
              <Td>{d.status !== 'SENDING' && <ReplayButton id={d.id} label={d.event.id} />}</Td>
            </tr>
          )}
        </TableOrEmpty>
      </Card>
    </div>
  );
}
