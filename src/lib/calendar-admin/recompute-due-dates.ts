import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Clock } from '@/lib/clock/clock-settings';
import { dueDate } from '@/lib/clock/due-date';
import type { Tx } from '@/lib/db';
import { INTAKE_LIMIT_DAYS } from '@/lib/intake/limits';
import { recomputeCaseDueDates, type MovedDueDate } from '@/lib/routing/recompute-due-dates';

const RUNNING = ['ACCEPTED', 'IN_REVIEW', 'SUSPENDED'] as const;

/**
 * Recomputes every running due date with `clock` (the calendar after an edit),
 * from the instants the clocks started: intake from submission, and each
 * running case and its open steps the same way the routing transitions do
 * (recomputeCaseDueDates: suspensions and approved extensions included). Each
 * case whose dates moved gets an audit event; returns how many dates moved.
 */
export async function recomputeDueDates(tx: Tx, clock: Clock, why: { actor: Actor | null; reason: string; now: Date }): Promise<number> {
  const { now } = why;
  const moved: MovedDueDate[] = [];

  const waiting = await tx.application.findMany({
    where: { status: 'SUBMITTED', submittedAt: { not: null } },
    select: { id: true, submittedAt: true, intakeDueAt: true },
  });
  for (const a of waiting) {
    const due = dueDate({ acceptedAt: a.submittedAt!, limitDays: INTAKE_LIMIT_DAYS, calendar: clock.calendar, hours: clock.hours, now });
    if (a.intakeDueAt?.getTime() === due.getTime()) continue;
    await tx.application.update({ where: { id: a.id }, data: { intakeDueAt: due } });
    moved.push({ applicationId: a.id, field: 'intakeDueAt', from: a.intakeDueAt, to: due });
  }

  moved.push(...(await recomputeCaseDueDates(tx, { status: { in: [...RUNNING] } }, clock, now)));

  const byCase = new Map<string, MovedDueDate[]>();
  for (const m of moved) byCase.set(m.applicationId, [...(byCase.get(m.applicationId) ?? []), m]);
  for (const [applicationId, changes] of byCase) {
    await recordAudit(tx, {
      actor: why.actor,
      entity: 'Application',
      entityId: applicationId,
      applicationId,
      action: 'recompute-due-dates',
      reason: why.reason,
      data: changes.map((c) => ({ field: c.field, from: c.from?.toISOString() ?? null, to: c.to?.toISOString() ?? null })),
    });
  }
  return moved.length;
}
