// Pure: which colour a case, a step or a waiting submission has now, and which
// message that colour change deserves. The background job stores and announces
// what these functions decide; the board shows the same colours live.
import type { WorkingCalendar } from '@/lib/clock/calendar';
import { remainingWorkingDays, warningLevel, type OfficeHours, type Warning } from '@/lib/clock/due-date';

export type Thresholds = { days: number; ratio: number };
type ClockParts = { calendar: WorkingCalendar; hours: OfficeHours; thresholds: Thresholds };

/** A step or a case against its due date (limit in force, extension included). */
export function deadlineWarning(clock: ClockParts, args: { now: Date; due: Date; limitDays: number }): Warning {
  return warningLevel({ ...args, calendar: clock.calendar, hours: clock.hours, thresholds: clock.thresholds });
}

/**
 * A submission waiting for the window's answer (art. 32: five working days).
 * The short limit makes the ratio meaningless, so it turns yellow within one
 * working day of its due date whatever the thresholds say.
 */
export function intakeWarning(clock: Pick<ClockParts, 'calendar' | 'hours'>, args: { now: Date; due: Date }): Warning {
  if (args.now.getTime() > args.due.getTime()) return 'RED';
  const left = remainingWorkingDays({ now: args.now, due: args.due, calendar: clock.calendar, hours: clock.hours });
  return left <= 1 ? 'YELLOW' : 'GREEN';
}

/**
 * A warning is announced when it gets worse: green to yellow or red, yellow to
 * red. Going back (a holiday moved the due date) is stored silently.
 */
export function worsened(previous: Warning, next: Warning): boolean {
  const rank: Record<Warning, number> = { GREEN: 0, YELLOW: 1, RED: 2 };
  return rank[next] > rank[previous];
}

/**
 * The outbox key of one warning: the same level for the same due date is told
 * once, ever; a due date that moves (extension, holiday) may warn again.
 */
export function warningDedupeKey(entity: 'case' | 'task' | 'intake', id: string, level: Warning, due: Date, recipientId: string): string {
  return `warn:${entity}:${id}:${level}:${due.toISOString()}:${recipientId}`;
}
