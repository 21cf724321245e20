import { getFormatter, getTranslations } from '@/i18n/server';
import { ApplicationDetails } from '@/components/applications/application-details';
import { NoticeLinks } from '@/components/applications/notice-links';
import { Badge } from '@/components/ui/badge';
import { DeadlineBadge } from '@/components/clock/deadline-badge';
import { Card, PageHeader } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/field';
import { getApplication } from '@/lib/applications/get-application';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { orNotFound } from '@/lib/page';
import { getDecisionPreview } from '@/lib/routing/decision-preview';
import { getDepartmentTask } from '@/lib/routing/list-department-tasks';
import { MemberBundleCard } from '@/components/bundles/member-bundle-card';
import { DecideForm } from './decide-form';
import { maxExtensionDays } from '@/lib/routing/extension-limit';
import { ExtensionDecisionForm, ExtensionRequestForm, ResumeForm, SuspendForm } from './clock-forms';
import { AssignForm, ClaimForm } from './work-forms';
import { StoppedClockNote } from '@/components/clock/stopped-clock-note-server';
import { titleFrom } from '@/app/page-title';
import { BackLink } from '@/components/layout/back-link';

export const generateMetadata = titleFrom('review', 'taskTitle');

const tone = { APPROVED: 'green', DENIED: 'red', OPEN: 'blue', WAITING: 'gray', CANCELLED: 'gray' } as const;

export default async function TaskPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const actor = await requirePageActor(DEPARTMENT_ROLES, `/review/tasks/${id}`);
  const task = await orNotFound(getDepartmentTask(actor, id));
  const application = await orNotFound(getApplication(actor, task.applicationId));
  const open = task.status === 'OPEN';
  const suspended = application.status === 'SUSPENDED';
  const [t, tw, tc, tp, tAll, format, preview] = await Promise.all([
    getTranslations('review'),
    getTranslations('taskWork'),
    getTranslations('clockStop'),
    getTranslations('taskPage'),
    getTranslations(),
    getFormatter(),
    open && !suspended ? getDecisionPreview(actor, task.id) : null,
  ]);
  const running = task.suspensions.filter((s) => s.endedAt === null);
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'short', timeStyle: 'short' });
  const clockDone = ['suspended', 'resumed', 'extensionRequested', 'extensionDecided'] as const;
  return (
    <div className="space-y-4">
      <BackLink href="/review">{t('backToInbox')}</BackLink>
      <PageHeader title={`${t('taskTitle')} · ${task.stageName}`} />
      {done === '1' && !open && <FormAlert tone="success">{t('decided')}</FormAlert>}
      {done === 'claimed' && <FormAlert tone="success">{tw('claimed')}</FormAlert>}
      {done === 'assigned' && <FormAlert tone="success">{tw('assigned')}</FormAlert>}
      {clockDone.map(
        (k) =>
          done === k && (
            <FormAlert key={k} tone="success">
              {tc(`done.${k}`)}
            </FormAlert>
          ),
      )}
      <NoticeLinks application={application} />
      {/* The reviewer reads what was filed and decides first; claiming, the other departments and the clock come after. */}
      <ApplicationDetails application={application} decision={preview && <DecideForm taskId={task.id} lock={task.lock} preview={preview} />}>
        {open && (
          <Card title={tw('assignee')}>
            <div className="space-y-3">
              <p className="text-sm">
                {task.assignee ? task.assignee.name : <span className="text-slate-500">{tw('unassigned')}</span>}
                {task.dueAt && <span className="ml-3 text-slate-500">{tAll('punctuation.labelled', { label: t('due'), value: when(task.dueAt) })}</span>}
                <DeadlineBadge warning={task.warning} t={tAll} />
              </p>
              <StoppedClockNote stopped={application.stoppedSteps[task.id]} />
              {task.assignee?.id !== actor.id && <ClaimForm taskId={task.id} lock={task.lock} />}
              {actor.role === 'DEPT_HEAD' && task.colleagues.length > 0 && (
                <AssignForm taskId={task.id} lock={task.lock} colleagues={task.colleagues} current={task.assignee?.id ?? null} />
              )}
            </div>
          </Card>
        )}
        <MemberBundleCard actor={actor} applicationId={task.applicationId} />
        {task.siblings.length > 0 && (
          <Card title={tw('siblingsTitle')}>
            <ul className="divide-y divide-slate-100 text-sm">
              {task.siblings.map((s) => (
                <li key={s.id} className="py-2">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{s.departmentName}</span>
                    <Badge tone={tone[s.status]}>{tAll(`taskStatus.${s.status}`)}</Badge>
                    {s.decidedAt && <span className="text-xs text-slate-500">{format.dateTime(s.decidedAt, { dateStyle: 'short', timeStyle: 'short' })}</span>}
                  </div>
                  <p className="mt-1 whitespace-pre-wrap text-slate-700">{s.opinion ?? <span className="text-slate-500">{tw('noOpinion')}</span>}</p>
                </li>
              ))}
            </ul>
          </Card>
        )}
        {open && (
          <Card title={tc('title')}>
            <div className="space-y-5">
              {running.map((s) => (
                <div key={s.id} className="space-y-2 rounded-md bg-amber-50 p-3 text-sm">
                  <p className="font-medium">
                    {tc('running', { kind: tc(`kinds.${s.kind}`), at: when(s.startedAt) })}
                    {s.expectedEndAt && <span className="ml-2 font-normal text-slate-600">{tc('expectedBy', { at: when(s.expectedEndAt) })}</span>}
                  </p>
                  <p className="whitespace-pre-wrap text-slate-700">{s.reason}</p>
                  <ResumeForm taskId={task.id} suspensionId={s.id} />
                </div>
              ))}
              {task.extensions.length > 0 && (
                <div>
                  <h3 className="mb-2 text-sm font-semibold">{tc('extensionsTitle')}</h3>
                  <ul className="space-y-3 text-sm">
                    {task.extensions.map((e) => (
                      <li key={e.id} className="space-y-2">
                        <p>
                          <Badge tone={e.status === 'APPROVED' ? 'green' : e.status === 'REFUSED' ? 'red' : 'yellow'}>{tc(`status.${e.status}`)}</Badge>
                          <span className="ml-2">{tc('extension', { days: e.days, reason: e.reason })}</span>
                        </p>
                        {e.status === 'REQUESTED' && actor.role === 'DEPT_HEAD' && <ExtensionDecisionForm taskId={task.id} extensionId={e.id} />}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {/* Rarely used: folded, so the page leads with the decision; a running stop and a request to decide stay open above. */}
              <details className="group rounded-md border border-slate-200">
                <summary className="flex min-h-10 cursor-pointer items-center px-3 py-2 text-sm font-medium text-brand-700">{tp('clockFold')}</summary>
                <div className="space-y-5 border-t border-slate-200 p-3">
                  <p className="text-xs text-slate-500">{tp('clockFoldHint')}</p>
                  {!suspended && <SuspendForm taskId={task.id} />}
                  <ExtensionRequestForm taskId={task.id} max={maxExtensionDays(application)} />
                </div>
              </details>
            </div>
          </Card>
        )}
      </ApplicationDetails>
    </div>
  );
}
