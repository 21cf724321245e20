import { addCalendarDays, atShanghai, shanghaiDate, type WorkingCalendar } from './calendar';

/** Office hours in Asia/Shanghai wall-clock time; `noon` splits the day into two half-days. */
export type OfficeHours = { start: string; noon: string; end: string };
export const DEFAULT_OFFICE_HOURS: OfficeHours = { start: '09:00', noon: '12:00', end: '17:00' };

/** A suspension (hearing, expert review, testing, inspection, public notice…); end null = still running. */
export type ClockInterval = { start: Date; end: Date | null };

export type Warning = 'GREEN' | 'YELLOW' | 'RED';

/*
 * The clock counts working half-days: the morning (start–noon) and the afternoon
 * (noon–end) of each working day. A limit of N.5 working days is 2N+1 half-days.
 *
 * Suspensions (《行政许可法》第四十五条: time for hearings, tendering, auctions,
 * testing, inspection, quarantine, appraisal and expert review is not counted in
 * the limit): a half-day is not counted when a suspension is in force at its end,
 * i.e. started before the half-day ended and had not ended by then. So the half-day
 * in which a procedure starts is not counted and the one in which it ends is;
 * overlapping suspensions count once. Any suspension lasting k working days (same
 * time of day, k working days later) withholds exactly 2k half-days and, started
 * within the counted period, moves the due date by exactly k working days whatever
 * time of day it starts. A suspension that starts at or after the
 * due date does not move it: the case was already late. A running suspension
 * (end null) withholds the half-days that have ended by `now`, so the due date
 * shown is the earliest possible one and moves on with every half-day it runs.
 */

type HalfDay = { date: string; afternoon: boolean };

function checkOfficeHours(hours: OfficeHours): OfficeHours {
  const ok = /^\d{2}:\d{2}$/;
  const wellFormed = [hours.start, hours.noon, hours.end].every((t) => ok.test(t));
  if (!wellFormed || !(hours.start < hours.noon && hours.noon < hours.end)) {
    throw new RangeError(`office hours must be HH:MM with start < noon < end: ${JSON.stringify(hours)}`);
  }
  return hours;
}

/** Limits come in half-day steps (art. 82 counts working days; centers promise e.g. 0.5 day). */
function halfDaysIn(days: number, what: string): number {
  const halves = days * 2;
  if (!Number.isFinite(days) || days < 0 || !Number.isInteger(halves)) {
    throw new RangeError(`${what} must be >= 0 in half-day steps: ${days}`);
  }
  return halves;
}

function halfDayStart(h: HalfDay, hours: OfficeHours): Date {
  return atShanghai(h.date, h.afternoon ? hours.noon : hours.start);
}

function halfDayEnd(h: HalfDay, hours: OfficeHours): Date {
  return atShanghai(h.date, h.afternoon ? hours.end : hours.noon);
}

function nextHalfDay(h: HalfDay, calendar: WorkingCalendar): HalfDay {
  return h.afternoon ? { date: calendar.nextWorkingDay(h.date), afternoon: false } : { date: h.date, afternoon: true };
}

function morningOf(date: string): HalfDay {
  return { date, afternoon: false };
}

function workingDayOnOrAfter(date: string, calendar: WorkingCalendar): string {
  return calendar.isWorkingDay(date) ? date : calendar.nextWorkingDay(date);
}

/** The first half-day, from the day of `t` on, that passes `test` (at most three are looked at). */
function firstHalfDayWhere(t: Date, calendar: WorkingCalendar, test: (h: HalfDay) => boolean): HalfDay {
  let h = morningOf(workingDayOnOrAfter(shanghaiDate(t), calendar));
  while (!test(h)) h = nextHalfDay(h, calendar);
  return h;
}

function countedBy(suspensions: readonly ClockInterval[], now: Date, hours: OfficeHours): (h: HalfDay) => boolean {
  const intervals = suspensions.map(({ start, end }) => {
    if (end && end.getTime() < start.getTime()) throw new RangeError('a suspension cannot end before it starts');
    return { start: start.getTime(), end: (end ?? now).getTime() };
  });
  return (h) => {
    const end = halfDayEnd(h, hours).getTime();
    return !intervals.some((s) => s.start < end && end <= s.end);
  };
}

/** The n-th (n >= 1) counted half-day from `first` on. */
function nthCountedHalfDay(first: HalfDay, n: number, calendar: WorkingCalendar, counted: (h: HalfDay) => boolean): HalfDay {
  let h = first;
  let seen = counted(h) ? 1 : 0;
  while (seen < n) {
    h = nextHalfDay(h, calendar);
    if (counted(h)) seen++;
  }
  return h;
}

/**
 * The day of acceptance: the calendar day (Asia/Shanghai) it happened on, whatever
 * the hour and whatever the day. It is never moved to the next working day (many
 * centers open on weekends, online intake runs all night): it is simply not
 * counted, and the period starts on the next working day after it.
 */
export function acceptanceDay(acceptedAt: Date): string {
  return shanghaiDate(acceptedAt);
}

/** What a limit is counted with, for a case and for a step alike. */
type LimitCount = {
  limitDays: number;
  calendar: WorkingCalendar;
  hours?: OfficeHours;
  suspensions?: readonly ClockInterval[];
  /** Only running suspensions depend on it. */
  now: Date;
};

export type DueDateInput = LimitCount & {
  acceptedAt: Date;
  /** Extension approved by the head of the organ (art. 42: +10 working days, +15 for joint handling). */
  extensionDays?: number;
};

/**
 * When a case's limit runs out. The day of acceptance is not counted; N working
 * days end at closing of the N-th working day after it, N.5 at noon of the
 * (N+1)-th, whatever the day and hour of acceptance. A limit of 0 (即办件) ends at
 * closing of the acceptance day (even a weekend day, or at its end when accepted
 * after closing): it counts as the afternoon of that day, so a special procedure
 * moves it like any limit.
 */
export function dueDate({ acceptedAt, limitDays, calendar, hours = DEFAULT_OFFICE_HOURS, suspensions = [], extensionDays = 0, now }: DueDateInput): Date {
  checkOfficeHours(hours);
  const halves = halfDaysIn(limitDays, 'limitDays') + halfDaysIn(extensionDays, 'extensionDays');
  const day0 = acceptanceDay(acceptedAt);
  const counted = countedBy(suspensions, now, hours);
  if (halves > 0) return halfDayEnd(nthCountedHalfDay(morningOf(calendar.nextWorkingDay(day0)), halves, calendar, counted), hours);
  const last = halfDayEnd(nthCountedHalfDay({ date: day0, afternoon: true }, 1, calendar, counted), hours);
  // Accepted after closing, a 即办件 still ends on its day: at the end of it, not before it was accepted.
  return last.getTime() < acceptedAt.getTime() ? endOfDay(day0) : last;
}

/** The last millisecond of a calendar day in Asia/Shanghai. */
function endOfDay(date: string): Date {
  return new Date(atShanghai(addCalendarDays(date, 1), '00:00').getTime() - 1);
}

export type StepDueDateInput = LimitCount & { startedAt: Date };

/**
 * When a step's own limit runs out. A step continues the case's clock instead of
 * restarting it: it counts the half-days that begin at or after it starts (a step
 * handed over at noon gets the afternoon). Steps chained end to end therefore never
 * outrun the case's due date when their limits add up to the case's. A limit of 0
 * ends with the half-day in progress (or the next one, outside office hours).
 */
export function stepDueDate({ startedAt, limitDays, calendar, hours = DEFAULT_OFFICE_HOURS, suspensions = [], now }: StepDueDateInput): Date {
  checkOfficeHours(hours);
  const halves = halfDaysIn(limitDays, 'limitDays');
  const t = startedAt.getTime();
  const first =
    halves === 0
      ? firstHalfDayWhere(startedAt, calendar, (h) => halfDayEnd(h, hours).getTime() >= t)
      : firstHalfDayWhere(startedAt, calendar, (h) => halfDayStart(h, hours).getTime() >= t);
  const last = nthCountedHalfDay(first, Math.max(halves, 1), calendar, countedBy(suspensions, now, hours));
  return halfDayEnd(last, hours);
}

/** Working days the case clock has run by `now`: counted half-days that have ended, suspended ones left out. */
export function elapsedWorkingDays({
  acceptedAt,
  now,
  calendar,
  hours = DEFAULT_OFFICE_HOURS,
  suspensions = [],
}: {
  acceptedAt: Date;
  now: Date;
  calendar: WorkingCalendar;
  hours?: OfficeHours;
  suspensions?: readonly ClockInterval[];
}): number {
  checkOfficeHours(hours);
  const counted = countedBy(suspensions, now, hours);
  let h = morningOf(calendar.nextWorkingDay(acceptanceDay(acceptedAt)));
  let halves = 0;
  for (; halfDayEnd(h, hours).getTime() <= now.getTime(); h = nextHalfDay(h, calendar)) {
    if (counted(h)) halves++;
  }
  return halves / 2;
}

/**
 * Working days from `now` to `due`, negative when overdue. Counts the half-days the
 * span touches, so the half-day in progress counts as remaining before the due date
 * and as overdue after it: on the last day at 09:00 one day remains, the next
 * morning the case is half a day late.
 */
export function remainingWorkingDays({
  now,
  due,
  calendar,
  hours = DEFAULT_OFFICE_HOURS,
}: {
  now: Date;
  due: Date;
  calendar: WorkingCalendar;
  hours?: OfficeHours;
}): number {
  checkOfficeHours(hours);
  const overdue = now.getTime() > due.getTime();
  const [from, to] = overdue ? [due, now] : [now, due];
  let h = firstHalfDayWhere(from, calendar, (x) => halfDayEnd(x, hours).getTime() > from.getTime());
  let halves = 0;
  for (; halfDayStart(h, hours).getTime() < to.getTime(); h = nextHalfDay(h, calendar)) halves++;
  return halves === 0 ? 0 : (overdue ? -halves : halves) / 2;
}

/**
 * RED once `now` is past `due`. YELLOW when the remaining working days (as
 * remainingWorkingDays counts them, the half-day in progress included) are at most
 * max(thresholds.days, thresholds.ratio × limitDays): long cases warn at 20 % of
 * their limit, short ones a day ahead. Pass the limit in force (extension
 * included). A limit of 0 (即办件) is YELLOW until it is RED.
 */
export function warningLevel({
  now,
  due,
  limitDays,
  calendar,
  hours = DEFAULT_OFFICE_HOURS,
  thresholds = { days: 1, ratio: 0.2 },
}: {
  now: Date;
  due: Date;
  limitDays: number;
  calendar: WorkingCalendar;
  hours?: OfficeHours;
  thresholds?: { days: number; ratio: number };
}): Warning {
  if (now.getTime() > due.getTime()) return 'RED';
  if (limitDays === 0) return 'YELLOW';
  const remaining = remainingWorkingDays({ now, due, calendar, hours });
  return remaining <= Math.max(thresholds.days, thresholds.ratio * limitDays) ? 'YELLOW' : 'GREEN';
}
