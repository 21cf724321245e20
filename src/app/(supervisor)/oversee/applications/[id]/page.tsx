import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from '@/i18n/server';
import { ApplicationDetails } from '@/components/applications/application-details';
import { NoticeLinks } from '@/components/applications/notice-links';
import { WarningBadge } from '@/components/applications/status-badge';
import { Badge } from '@/components/ui/badge';
import { Card, PageHeader } from '@/components/ui/card';
import { Table, Td } from '@/components/ui/table';
import { getApplication } from '@/lib/applications/get-application';
import { requirePageActor } from '@/lib/auth/session';
import { orNotFound } from '@/lib/page';
import { auditActionText, auditChangeText } from '@/i18n/audit-text';
import { getCaseClock } from '@/lib/supervision/get-case-clock';
import { ProvisionalDueNote, StoppedClockNote } from '@/components/clock/stopped-clock-note-server';
import { titleFrom } from '@/app/page-title';
import { BackLink } from '@/components/layout/back-link';

export const generateMetadata = titleFrom('case');

export default async function OverseeApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(['SUPERVISOR'], `/oversee/applications/${id}`);
  const [application, clock] = await Promise.all([orNotFound(getApplication(actor, id)), orNotFound(getCaseClock(actor, id))]);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const when = (d: Date | null | undefined) => (d ? format.dateTime(d, { dateStyle: 'short', timeStyle: 'short' }) : '—');
  const s = (key: string, values?: Record<string, string | number>) => t(`supervision.${key}`, values);
  const actionLabel = (action: string) => (t.has(`supervision.auditActions.${action}`) ? s(`auditActions.${action}`) : auditActionText(t, action));
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  return (
    <div className="space-y-4">
      <BackLink href="/oversee">{t('oversee.back')}</BackLink>
      <PageHeader title={t('case.title')} />
      <Card title={s('clockTitle')}>
        <div className="space-y-5">
          <p className="flex flex-wrap gap-3 text-sm text-slate-700">
            {clock.usedWorkingDays !== null && <Badge tone="blue">{s('usedDays', { days: clock.usedWorkingDays })}</Badge>}
            {clock.remainingDays !== null && !clock.stopped && (
              <Badge tone={clock.remainingDays < 0 ? 'red' : 'gray'}>{s('remainingDaysLabel', { days: clock.remainingDays })}</Badge>
            )}
            <ProvisionalDueNote provisional={clock.dueProvisional} />
          </p>
          <StoppedClockNote stopped={clock.stopped} />
          <section aria-labelledby="clock-steps">
            <h3 id="clock-steps" className="mb-2 font-medium text-slate-900">
              {s('steps')}
            </h3>
            <Table caption={s('steps')} head={[t('oversee.warning'), s('step'), t('oversee.status'), s('openedAt'), s('stepDue'), t('case.decidedAt')]}>
              {clock.steps.map((step) => (
                <tr key={step.id}>
                  <Td>
                    {step.warning ? (
                      <WarningBadge warning={step.warning} />
                    ) : step.late === null ? (
                      '—'
                    ) : (
                      <Badge tone={step.late ? 'red' : 'green'}>{s(step.late ? 'stepLate' : 'stepOnTime')}</Badge>
                    )}
                  </Td>
                  <Td>{`${step.stageName} · ${step.department}`}</Td>
                  <Td>{t(`taskStatus.${step.status}`)}</Td>
                  <Td className="whitespace-nowrap">{when(step.openedAt)}</Td>
                  <Td className="whitespace-nowrap">
                    {when(step.dueAt)}
                    <ProvisionalDueNote provisional={step.provisional} />
                    <StoppedClockNote stopped={step.stopped} />
                  </Td>
                  <Td className="whitespace-nowrap">{when(step.decidedAt)}</Td>
                </tr>
              ))}
            </Table>
          </section>
          <ClockList id="clock-suspensions" title={s('suspensions')} rows={clock.suspensions} empty={s('noSuspensions')}>
            {(x) => (
              <>
                <span className="font-medium">{t.has(`supervision.suspensionKinds.${x.kind}`) ? s(`suspensionKinds.${x.kind}`) : x.kind}</span>
                {x.endedAt
                  ? t('auditWords.suspensionEnded', { start: when(x.startedAt), end: when(x.endedAt) })
                  : t('auditWords.suspensionRunning', { start: when(x.startedAt), expected: when(x.expectedEndAt) })}
                <span className="block text-slate-600">{x.reason}</span>
              </>
            )}
          </ClockList>
          <ClockList id="clock-extensions" title={s('extensions')} rows={clock.extensions} empty={s('noExtensions')}>
            {(x) => (
              <>
                <Badge tone={x.status === 'APPROVED' ? 'green' : x.status === 'REFUSED' ? 'red' : 'yellow'}>{s(`extensionStatus.${x.status}`)}</Badge>{' '}
                {s('days', { days: x.days })} · {when(x.requestedAt)}
                <span className="block text-slate-600">{x.reason}</span>
              </>
            )}
          </ClockList>
        </div>
      </Card>
      <NoticeLinks application={application} />
      <ApplicationDetails application={application} />
      <Card title={s('auditTitle')}>
        <Table caption={s('auditTitle')} head={[s('auditWhen'), s('auditWho'), s('auditWhat'), s('auditChange'), s('auditReason')]}>
          {clock.audit.map((e) => (
            <tr key={e.id}>
              <Td className="whitespace-nowrap">{when(e.at)}</Td>
              <Td>
                {e.actorName
                  ? e.actorRole
                    ? t('auditWords.actorWithRole', { name: e.actorName, role: t(`roles.${e.actorRole}`) })
                    : e.actorName
                  : s('system')}
              </Td>
              <Td>
                {t.has(`supervision.entities.${e.entity}`)
                  ? s(`entities.${e.entity}`)
                  : t.has(`auditWords.entities.${e.entity}`)
                    ? t(`auditWords.entities.${e.entity}`)
                    : t('auditWords.unknownEntity')}{' '}
                · {actionLabel(e.action)}
              </Td>
              <Td>{auditChangeText(t, e.fromStatus, e.toStatus, day) ?? '—'}</Td>
              <Td>{e.reason ?? '—'}</Td>
            </tr>
          ))}
        </Table>
      </Card>
    </div>
  );
}

/** A list of the clock card (its suspensions, its extensions) under its own heading, which also names it for screen readers. */
function ClockList<T extends { id: string }>({
  id,
  title,
  rows,
  empty,
  children,
}: {
  id: string;
  title: string;
  rows: T[];
  empty: string;
  children: (row: T) => ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="mb-2 font-medium text-slate-900">
        {title}
      </h3>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {rows.map((row) => (
            <li key={row.id}>{children(row)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
