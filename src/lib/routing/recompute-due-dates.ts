import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { caseDueDates } from '@/lib/clock/case-due-dates';
import type { Clock } from '@/lib/clock/clock-settings';
import type { Tx } from '@/lib/db';

export type MovedDueDate = { applicationId: string; field: string; from: Date | null; to: Date | null };

const same = (a: Date | null, b: Date | null) => (a === null || b === null ? a === b : a.getTime() === b.getTime());

/**
 * Recomputes the promised and statutory due dates, and the open steps' due
 * dates, of the accepted cases `where` selects, with `clock` (caseDueDates:
 * acceptance, limits, every suspension interval of art. 45, every approved
 * extension of art. 42). The one way due dates move after acceptance: a
 * suspension ending, an extension approved, the admin editing the calendar.
 * Writes only what changed and returns it.
 */
export async function recomputeCaseDueDates(tx: Tx, where: Prisma.ApplicationWhereInput, clock: Clock, now: Date): Promise<MovedDueDate[]> {
  const cases = await tx.application.findMany({
    where: { AND: [where, { acceptedAt: { not: null } }] },
    select: {
      id: true,
      acceptedAt: true,
      promisedDueAt: true,
      statutoryDueAt: true,
      version: { select: { promisedLimitDays: true, statutoryLimitDays: true } },
      suspensions: { select: { startedAt: true, endedAt: true } },
      extensions: { where: { status: 'APPROVED' }, select: { taskId: true, days: true } },
      tasks: { where: { status: 'OPEN', openedAt: { not: null } }, select: { id: true, openedAt: true, limitDays: true, dueAt: true } },
    },
  });
  const moved: MovedDueDate[] = [];
  for (const a of cases) {
    const due = caseDueDates(
      {
        acceptedAt: a.acceptedAt!,
        promisedLimitDays: a.version.promisedLimitDays,
        statutoryLimitDays: a.version.statutoryLimitDays,
        suspensions: a.suspensions.map((s) => ({ start: s.startedAt, end: s.endedAt })),
        extensions: a.extensions,
        steps: a.tasks.map((t) => ({ id: t.id, openedAt: t.openedAt!, limitDays: t.limitDays })),
      },
      clock,
      now,
    );
    const data: { promisedDueAt?: Date; statutoryDueAt?: Date | null } = {};
    if (!same(a.promisedDueAt, due.promisedDueAt)) {
      data.promisedDueAt = due.promisedDueAt;
      moved.push({ applicationId: a.id, field: 'promisedDueAt', from: a.promisedDueAt, to: due.promisedDueAt });
    }
    if (!same(a.statutoryDueAt, due.statutoryDueAt)) {
      data.statutoryDueAt = due.statutoryDueAt;
      moved.push({ applicationId: a.id, field: 'statutoryDueAt', from: a.statutoryDueAt, to: due.statutoryDueAt });
    }
    if (Object.keys(data).length) await tx.application.update({ where: { id: a.id }, data });
    for (const step of due.steps) {
      const before = a.tasks.find((t) => t.id === step.id)!.dueAt;
      if (same(before, step.dueAt)) continue;
      await tx.departmentTask.update({ where: { id: step.id }, data: { dueAt: step.dueAt } });
      moved.push({ applicationId: a.id, field: `task:${step.id}`, from: before, to: step.dueAt });
    }
  }
  return moved;
}

/** One case's due dates, after one of its suspensions ended or an extension was approved. */
export async function recomputeDueDates(tx: Tx, applicationId: string, clock: Clock, now: Date): Promise<MovedDueDate[]> {
  return recomputeCaseDueDates(tx, { id: applicationId }, clock, now);
}
