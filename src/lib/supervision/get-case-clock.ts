import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { stepExtensionDays } from '@/lib/clock/case-due-dates';
import { isProvisionalDue, loadClock } from '@/lib/clock/clock-settings';
import { loadStoppedClocks } from '@/lib/clock/load-stopped-clocks';
import { elapsedWorkingDays, remainingWorkingDays } from '@/lib/clock/due-date';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { deadlineWarning } from '@/lib/clock/classify-warning';

/**
 * What supervision sees of a case's clock: each suspension and extension, each
 * step with its due date and colour now, the working days used, and the whole
 * audit trail (calendar recomputations included) with who did what.
 */
export async function getCaseClock(actor: Actor, applicationId: string, now = new Date()) {
  assertRole(actor, ['SUPERVISOR']);
  const [clock, a] = await Promise.all([
    loadClock(),
    db.application.findUnique({
      where: { id: applicationId, status: { not: 'DRAFT' } },
      select: {
        acceptedAt: true,
        promisedDueAt: true,
        decidedAt: true,
        status: true,
        version: { select: { promisedLimitDays: true } },
        suspensions: { orderBy: { startedAt: 'asc' }, select: { id: true, kind: true, reason: true, startedAt: true, expectedEndAt: true, endedAt: true } },
        extensions: {
          orderBy: { requestedAt: 'asc' },
          select: { id: true, days: true, reason: true, status: true, requestedAt: true, decidedAt: true, taskId: true },
        },
        tasks: {
          orderBy: [{ stageSort: 'asc' }, { id: 'asc' }],
          select: {
            id: true,
            stageName: true,
            status: true,
            limitDays: true,
            openedAt: true,
            dueAt: true,
            decidedAt: true,
            department: { select: { name: true } },
          },
        },
        auditEvents: {
          orderBy: { id: 'asc' },
          select: {
            id: true,
            at: true,
            entity: true,
            action: true,
            fromStatus: true,
            toStatus: true,
            reason: true,
            actorRole: true,
            actor: { select: { name: true } },
          },
        },
      },
    }),
  ]);
  if (!a) throw new AppError('NOT_FOUND');
  const suspensions = a.suspensions.map((s) => ({ start: s.startedAt, end: s.endedAt }));
  const approved = a.extensions.filter((e) => e.status === 'APPROVED');
  const stop = a.decidedAt ?? now;
  const stopped = a.status === 'SUSPENDED' ? ((await loadStoppedClocks([applicationId], clock)).get(applicationId) ?? null) : null;
  return {
    usedWorkingDays: a.acceptedAt
      ? elapsedWorkingDays({ acceptedAt: a.acceptedAt, now: stop, calendar: clock.calendar, hours: clock.hours, suspensions })
      : null,
    remainingDays: a.promisedDueAt && !a.decidedAt ? remainingWorkingDays({ now, due: a.promisedDueAt, calendar: clock.calendar, hours: clock.hours }) : null,
    // While suspended the countdown stands still: what is left when it resumes, and the due date then.
    stopped: stopped?.case ?? null,
    dueProvisional: isProvisionalDue(clock, a.promisedDueAt),
    suspensions: a.suspensions,
    extensions: a.extensions,
    steps: a.tasks.map((t) => ({
      ...t,
      department: t.department.name,
      warning:
        t.status === 'OPEN' && t.dueAt ? deadlineWarning(clock, { now, due: t.dueAt, limitDays: t.limitDays + stepExtensionDays(approved, t.id) }) : null,
      late: t.dueAt && t.decidedAt ? t.decidedAt > t.dueAt : null,
      stopped: stopped?.steps.get(t.id) ?? null,
      provisional: t.status === 'OPEN' && isProvisionalDue(clock, t.dueAt),
    })),
    audit: a.auditEvents.map(({ actor: who, id, ...e }) => ({ ...e, id: String(id), actorName: who?.name ?? null })),
  };
}
