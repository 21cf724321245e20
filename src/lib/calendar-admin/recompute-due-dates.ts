import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Clock } from '@/lib/clock/clock-settings';
import { dueDate, stepDueDate, type ClockInterval } from '@/lib/clock/due-date';
import type { Tx } from '@/lib/db';
import { INTAKE_LIMIT_DAYS } from '@/lib/intake/file-application';

const RUNNING = ['ACCEPTED', 'IN_REVIEW', 'SUSPENDED'] as const;

type Moved = { applicationId: string; field: string; from: Date | null; to: Date };

const same = (a: Date | null, b: Date) => a !== null && a.getTime() === b.getTime();

/**
 * Recomputes every running due date with `clock` (the calendar after an edit),
 * from the instants the clocks started: intake from submission, the case from
 * acceptance, each open step from its opening, with their suspensions and
 * approved extensions. Each case whose dates moved gets an audit event;
 * returns how many dates moved.
 */
export async function recomputeDueDates(tx: Tx, clock: Clock, why: { actor: Actor; reason: string; now: Date }): Promise<number> {
  const { now } = why;
  const { calendar, hours } = clock;
  const moved: Moved[] = [];
  const interval = (s: { startedAt: Date; endedAt: Date | null }): ClockInterval => ({ start: s.startedAt, end: s.endedAt });

  const waiting = await tx.application.findMany({
    where: { status: 'SUBMITTED', submittedAt: { not: null } },
    select: { id: true, submittedAt: true, intakeDueAt: true },
  });
  for (const a of waiting) {
    const due = dueDate({ acceptedAt: a.submittedAt!, limitDays: INTAKE_LIMIT_DAYS, calendar, hours, now });
    if (same(a.intakeDueAt, due)) continue;
    await tx.application.update({ where: { id: a.id }, data: { intakeDueAt: due } });
    moved.push({ applicationId: a.id, field: 'intakeDueAt', from: a.intakeDueAt, to: due });
  }

  const running = await tx.application.findMany({
    where: { status: { in: [...RUNNING] }, acceptedAt: { not: null } },
    select: {
      id: true,
      acceptedAt: true,
      promisedDueAt: true,
      statutoryDueAt: true,
      version: { select: { promisedLimitDays: true, statutoryLimitDays: true } },
      suspensions: { select: { taskId: true, startedAt: true, endedAt: true } },
      extensions: { where: { status: 'APPROVED' }, select: { taskId: true, days: true } },
      tasks: { where: { status: 'OPEN', openedAt: { not: null } }, select: { id: true, openedAt: true, limitDays: true, dueAt: true } },
    },
  });
  for (const a of running) {
    const suspensions = a.suspensions.map(interval);
    const extensionDays = a.extensions.filter((e) => e.taskId === null).reduce((sum, e) => sum + e.days, 0);
    const due = (limitDays: number) =>
      dueDate({ acceptedAt: a.acceptedAt!, limitDays, calendar, hours, suspensions, extensionDays, now });
    const promised = due(a.version.promisedLimitDays);
    const statutory = a.version.statutoryLimitDays == null ? null : due(a.version.statutoryLimitDays);
    const data: { promisedDueAt?: Date; statutoryDueAt?: Date } = {};
    if (!same(a.promisedDueAt, promised)) {
      data.promisedDueAt = promised;
      moved.push({ applicationId: a.id, field: 'promisedDueAt', from: a.promisedDueAt, to: promised });
    }
    if (statutory && !same(a.statutoryDueAt, statutory)) {
      data.statutoryDueAt = statutory;
      moved.push({ applicationId: a.id, field: 'statutoryDueAt', from: a.statutoryDueAt, to: statutory });
    }
    if (data.promisedDueAt || data.statutoryDueAt) await tx.application.update({ where: { id: a.id }, data });

    for (const task of a.tasks) {
      // A step is held by the case-wide suspensions and by its own.
      const own = a.suspensions.filter((s) => s.taskId === null || s.taskId === task.id).map(interval);
      const extra = a.extensions.filter((e) => e.taskId === task.id).reduce((sum, e) => sum + e.days, 0);
      const stepDue = stepDueDate({ startedAt: task.openedAt!, limitDays: task.limitDays + extra, calendar, hours, suspensions: own, now });
      if (same(task.dueAt, stepDue)) continue;
      await tx.departmentTask.update({ where: { id: task.id }, data: { dueAt: stepDue } });
      moved.push({ applicationId: a.id, field: `task:${task.id}`, from: task.dueAt, to: stepDue });
    }
  }
  const byCase = new Map<string, Moved[]>();
  for (const m of moved) byCase.set(m.applicationId, [...(byCase.get(m.applicationId) ?? []), m]);
  for (const [applicationId, changes] of byCase) {
    await recordAudit(tx, {
      actor: why.actor,
      entity: 'Application',
      entityId: applicationId,
      applicationId,
      action: 'recompute-due-dates',
      reason: why.reason,
      data: changes.map((c) => ({ field: c.field, from: c.from?.toISOString() ?? null, to: c.to.toISOString() })),
    });
  }
  return moved.length;
}
