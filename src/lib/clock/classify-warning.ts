// Pure: which colour a case, a step or a waiting submission has now, and which
// message that colour change deserves. The background job stores and announces
// what these functions decide; the board shows the same colours live.
import type { WorkingCalendar } from '@/lib/clock/calendar';
import { warningLevel, type OfficeHours, type Warning } from '@/lib/clock/due-date';

type Thresholds = { days: number; ratio: number };
type ClockParts = { calendar: WorkingCalendar; hours: OfficeHours; thresholds: Thresholds };

/** A step or a case against its due date (limit in force, extension included). */
export function deadlineWarning(clock: ClockParts, args: { now: Date; due: Date; limitDays: number }): Warning {
  return warningLevel({ ...args, calendar: clock.calendar, hours: clock.hours, thresholds: clock.thresholds });
}

/** Which of a case's two due dates a warning is about. */
export type CaseLimit = 'promised' | 'statutory';

/**
 * A case against both its due dates (both are watched): the worse of the two
 * colours, and the due date that gives it (the promised one when they agree).
 * Limits are the version's; `extensionDays` are all approved extensions, which
 * move both due dates and so both limits in force.
 */
export function caseWarning(
  clock: ClockParts,
  args: {
    now: Date;
    promisedDueAt: Date;
    statutoryDueAt: Date | null;
    promisedLimitDays: number;
    statutoryLimitDays: number | null;
    extensionDays: number;
  },
): { level: Warning; due: Date; limit: CaseLimit } {
  const { now, extensionDays } = args;
  const promised = deadlineWarning(clock, { now, due: args.promisedDueAt, limitDays: args.promisedLimitDays + extensionDays });
  if (args.statutoryDueAt === null || args.statutoryLimitDays === null) return { level: promised, due: args.promisedDueAt, limit: 'promised' };
  const statutory = deadlineWarning(clock, { now, due: args.statutoryDueAt, limitDays: args.statutoryLimitDays + extensionDays });
  return worsened(promised, statutory)
    ? { level: statutory, due: args.statutoryDueAt, limit: 'statutory' }
    : { level: promised, due: args.promisedDueAt, limit: 'promised' };
}

/**
 * A submission waiting for the window's answer (art. 32: `limitDays`, five
 * working days), under the same thresholds as cases and steps: with the
 * defaults (one day, 20 %) it turns yellow on its last working day.
 */
export function intakeWarning(clock: ClockParts, args: { now: Date; due: Date; limitDays: number }): Warning {
  return deadlineWarning(clock, args);
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
