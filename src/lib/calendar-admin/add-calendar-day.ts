import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { weekday } from '@/lib/clock/calendar';
import { forgetClock, readClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recomputeDueDates } from './recompute-due-dates';
import type { AddCalendarDayInput } from './schemas';

/**
 * Declares a weekday a holiday or a weekend day a make-up working day, and moves
 * every running due date accordingly, in one transaction.
 */
export async function addCalendarDay(actor: Actor, input: AddCalendarDayInput, now = new Date()) {
  assertRole(actor, ['ADMIN']);
  const weekend = [0, 6].includes(weekday(input.date));
  // A holiday on a weekend or a working Tuesday changes nothing: refuse the typo.
  if ((input.kind === 'holiday') === weekend) {
    throw new AppError('INVALID_INPUT', { fieldErrors: { kind: [input.kind === 'holiday' ? 'holidayOnWeekend' : 'workdayOnWeekday'] } });
  }
  const working = input.kind === 'workday';
  const result = await db.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date: input.date }, select: { working: true, name: true } });
    await tx.calendarDay.upsert({
      where: { date: input.date },
      create: { date: input.date, working, name: input.name, source: 'admin' },
      update: { working, name: input.name, source: 'admin' },
    });
    const moved = await recomputeDueDates(tx, await readClock(tx), { actor, reason: input.date, now });
    await recordAudit(tx, {
      actor,
      entity: 'CalendarDay',
      entityId: input.date,
      action: working ? 'add-workday' : 'add-holiday',
      from: before ? (before.working ? 'workday' : 'holiday') : null,
      to: input.kind,
      data: { name: input.name, movedDueDates: moved },
    });
    return { moved };
  });
  forgetClock();
  return result;
}
