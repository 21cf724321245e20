import type { WorkingCalendar } from './calendar';
import { DEFAULT_OFFICE_HOURS, remainingWorkingDays, type ClockInterval, type OfficeHours } from './due-date';

/** A clock that stands still: since when, what is left when it resumes, and when it ends if the stop ends as expected. */
export type StoppedClock = {
  since: Date;
  expectedEndAt: Date | null;
  /** Working days left when the clock resumes (negative: it was already overdue when it stopped). */
  daysLeft: number;
  /** The due date if the stop ends at its expected end; null when no end is expected. */
  dueIfEndsAsExpected: Date | null;
};

/**
 * While a suspension runs (art. 45) the clock stands still: the stored due
 * date would keep the countdown falling. `dueWith` computes the due date from
 * a set of suspensions (dueDate or stepDueDate bound to a case's or a step's
 * facts); the running suspension is taken as ending when it started (the time
 * left at the stop) or at its expected end (the due date it will then have).
 */
export function stoppedClock(args: {
  running: { start: Date; expectedEndAt: Date | null };
  /** The suspensions that have ended. */
  ended: readonly ClockInterval[];
  dueWith: (suspensions: readonly ClockInterval[]) => Date;
  calendar: WorkingCalendar;
  hours?: OfficeHours;
}): StoppedClock {
  const { running, ended, dueWith, calendar, hours = DEFAULT_OFFICE_HOURS } = args;
  const atStop = dueWith([...ended, { start: running.start, end: running.start }]);
  const expectedEnd = running.expectedEndAt && running.expectedEndAt.getTime() > running.start.getTime() ? running.expectedEndAt : null;
  return {
    since: running.start,
    expectedEndAt: expectedEnd,
    daysLeft: remainingWorkingDays({ now: running.start, due: atStop, calendar, hours }),
    dueIfEndsAsExpected: expectedEnd ? dueWith([...ended, { start: running.start, end: expectedEnd }]) : null,
  };
}
