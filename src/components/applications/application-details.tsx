import { getFormatter, getTranslations } from '@/i18n/server';
import type { ReactNode } from 'react';
import { limitText } from '@/components/catalog/labels';
import { ProvisionalDueNote, StoppedClockNote } from '@/components/clock/stopped-clock-note-server';
import { Badge } from '@/components/ui/badge';
import { DeadlineBadge } from '@/components/clock/deadline-badge';
import { Card } from '@/components/ui/card';
import type { ApplicationView } from '@/lib/applications/get-application';
import { StatusBadge } from './status-badge';
import { Timeline } from './timeline';

function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="font-medium text-slate-900">{children}</dd>
    </div>
  );
}

const materialTone = { PROVIDED: 'green', FROM_CERTIFICATE: 'green', MISSING: 'red', DEFECTIVE: 'yellow' } as const;
const taskTone = { WAITING: 'gray', OPEN: 'blue', APPROVED: 'green', DENIED: 'red', CANCELLED: 'gray' } as const;

/**
 * What every role sees of a case: facts, clock, materials, departments, timeline. `children` holds the role's actions;
 * a `decision` (the reviewer's) comes right after what the applicant filed, and the other actions after it.
 */
export async function ApplicationDetails({
  application,
  showPersonal = true,
  decision,
  children,
}: {
  application: ApplicationView;
  showPersonal?: boolean;
  decision?: ReactNode;
  children?: ReactNode;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' }) : '—');
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <Card>
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h2 className="text-lg font-semibold">{application.itemName}</h2>
              <p className="text-sm text-slate-600">
                {application.department} · {t(`handlingClass.${application.handlingClass}`)}
              </p>
            </div>
            <StatusBadge status={application.status} decision={application.decision} />
          </div>
          <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-3">
            <Fact label={t('case.receiptNumber')}>{application.receiptNumber ?? t('case.notYetAccepted')}</Fact>
            <Fact label={t('case.channel')}>{t(`channel.${application.channel}`)}</Fact>
            {showPersonal && <Fact label={t('case.applicant')}>{application.applicantName}</Fact>}
            {showPersonal && (
              <Fact label={t('case.contact')}>
                {application.contactName} {application.contactPhone}
              </Fact>
            )}
            <Fact label={t('case.submittedAt')}>{when(application.submittedAt)}</Fact>
            <Fact label={t('case.acceptedAt')}>{when(application.acceptedAt)}</Fact>
            <Fact label={t('punctuation.aside', { text: t('case.promisedDue'), aside: limitText(t, application.promisedLimitDays) })}>
              {when(application.promisedDueAt)}
              {(application.status === 'ACCEPTED' || application.status === 'IN_REVIEW') && <DeadlineBadge warning={application.warning} t={t} />}
              <ProvisionalDueNote provisional={application.dueProvisional} />
              <StoppedClockNote stopped={application.stopped} />
            </Fact>
            <Fact label={t('punctuation.aside', { text: t('case.statutoryDue'), aside: limitText(t, application.statutoryLimitDays) })}>
              {when(application.statutoryDueAt)}
            </Fact>
            {application.status === 'SUBMITTED' && (
              <Fact label={t('case.intakeDue')}>
                {when(application.intakeDueAt)}
                <DeadlineBadge warning={application.warning} t={t} />
              </Fact>
            )}
          </dl>
          {application.decisionReason && (
            <p className="mt-4 rounded-md bg-slate-50 px-3 py-2 text-sm">
              {t('punctuation.labelled', { label: t('case.decisionReason'), value: application.decisionReason })}
            </p>
          )}
          {application.certificates.map((c) => (
            <p key={c.number} className="mt-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
              {t('case.certificateIssued', { type: c.type, number: c.number })}
            </p>
          ))}
        </Card>
        {!decision && children}
        {showPersonal && (application.answers.length > 0 || application.note) && (
          <Card title={t('itemFields.case.title')}>
            <dl className="grid gap-4 sm:grid-cols-2">
              {application.answers.map((a) => (
                <div key={a.key} className={a.kind === 'textarea' ? 'sm:col-span-2' : undefined}>
                  <dt className="text-xs text-slate-500">{a.label}</dt>
                  <dd className={`whitespace-pre-wrap break-words ${a.value ? 'font-medium text-slate-900' : 'text-slate-500'}`}>
                    {a.value ?? t('itemFields.case.empty')}
                  </dd>
                </div>
              ))}
              {application.note && (
                <div className="sm:col-span-2">
                  <dt className="text-xs text-slate-500">{t('itemFields.case.note')}</dt>
                  <dd className="whitespace-pre-wrap break-words text-slate-900">{application.note}</dd>
                </div>
              )}
            </dl>
          </Card>
        )}
        <Card title={t('case.materials')}>
          <BadgedList rows={application.materials} badge={(m) => <Badge tone={materialTone[m.status]}>{t(`materialStatus.${m.status}`)}</Badge>}>
            {(m) => (
              <>
                <p className="font-medium">{m.name}</p>
                {m.certificate && (
                  <p className="text-xs text-emerald-700">{t('case.fromCertificate', { type: m.certificate.type, number: m.certificate.number })}</p>
                )}
                {m.files.map((f) => (
                  <a key={f.id} href={`/api/files/${f.id}`} className="mr-3 text-sm text-brand-700 underline" target="_blank" rel="noreferrer">
                    {f.name}
                  </a>
                ))}
                {m.reason && <p className="text-sm text-amber-800">{m.reason}</p>}
              </>
            )}
          </BadgedList>
        </Card>
        {decision}
        {decision && children}
        {application.tasks.length > 0 && (
          <Card title={t('case.departments')}>
            <BadgedList rows={application.tasks} badge={(task) => <Badge tone={taskTone[task.status]}>{t(`taskStatus.${task.status}`)}</Badge>}>
              {(task) => (
                <>
                  <p className="font-medium">
                    {task.stageName} · {task.department.name}
                  </p>
                  <p className="text-xs text-slate-500">
                    {task.dueAt && `${t('case.stepDue')} ${when(task.dueAt)}`}
                    {task.decidedAt && ` · ${t('case.decidedAt')} ${when(task.decidedAt)}`}
                  </p>
                  <StoppedClockNote stopped={application.stoppedSteps[task.id]} />
                  {task.opinion && <p className="text-sm text-slate-700">{task.opinion}</p>}
                </>
              )}
            </BadgedList>
          </Card>
        )}
      </div>
      <Card title={t('case.timeline')} className="h-fit">
        <Timeline events={application.timeline} />
      </Card>
    </div>
  );
}

/** The list of a card whose entries each end in a status badge on the right (materials, departments' steps). */
function BadgedList<T extends { id: string }>({ rows, badge, children }: { rows: T[]; badge: (row: T) => ReactNode; children: (row: T) => ReactNode }) {
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((row) => (
        <li key={row.id} className="flex flex-wrap items-start justify-between gap-2 py-2.5">
          <div className="min-w-0">{children(row)}</div>
          {badge(row)}
        </li>
      ))}
    </ul>
  );
}
