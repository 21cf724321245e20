import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { forgetClock, readClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recomputeDueDates } from './recompute-due-dates';

/**
 * The admin confirms a provisional year's 调休 arrangement (entered beforehand
 * with addCalendarDay): the year stops being provisional, its due dates stop
 * being marked, the warnings stop, and every running due date is recomputed
 * as after any calendar edit, in one transaction.
 */
export async function confirmCalendarYear(actor: Actor, input: { year: number }, now = new Date()) {
  if (actor.role !== 'ADMIN') throw new AppError('NOT_FOUND');
  const result = await db.$transaction(async (tx) => {
    const year = await tx.calendarYear.findUnique({ where: { year: input.year } });
    if (!year) throw new AppError('NOT_FOUND');
    if (!year.provisional) throw new AppError('INVALID_TRANSITION');
    await tx.calendarYear.update({ where: { year: input.year }, data: { provisional: false, confirmedAt: now, confirmedById: actor.id } });
    const moved = await recomputeDueDates(tx, await readClock(tx), { actor, reason: `confirm-year:${input.year}`, now });
    await recordAudit(tx, {
      actor,
      entity: 'CalendarDay',
      entityId: String(input.year),
      action: 'confirm-year',
      from: 'provisional',
      to: 'confirmed',
      data: { movedDueDates: moved },
    });
    return { moved };
  });
  forgetClock();
  return result;
}
