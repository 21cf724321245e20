import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { forgetClock, readClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recomputeDueDates } from './recompute-due-dates';
import type { RemoveCalendarDayInput } from './schemas';

/** Removes a holiday or make-up day (the date falls back to the weekend rule) and moves running due dates. */
export async function removeCalendarDay(actor: Actor, input: RemoveCalendarDayInput, now = new Date()) {
  assertRole(actor, ['ADMIN']);
  const result = await db.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date: input.date }, select: { working: true, name: true } });
    if (!before) throw new AppError('NOT_FOUND');
    await tx.calendarDay.delete({ where: { date: input.date } });
    const moved = await recomputeDueDates(tx, await readClock(tx), { actor, reason: input.date, now });
    await recordAudit(tx, {
      actor,
      entity: 'CalendarDay',
      entityId: input.date,
      action: 'remove-day',
      from: before.working ? 'workday' : 'holiday',
      to: null,
      data: { name: before.name, movedDueDates: moved },
    });
    return { moved };
  });
  forgetClock();
  return result;
}
