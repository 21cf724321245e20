/** A statutory holiday (working=false) or a make-up working day 调休 (working=true). */
export type DayOverride = { date: string /* YYYY-MM-DD */; working: boolean; name?: string };

const DAY_MS = 86_400_000;
// China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const HHMM_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/*
 * The clock walks cases half-day by half-day, and every step converts dates both
 * ways: parsing and validating the same few hundred dates again and again was
 * most of the supervision board's CPU and of the statistics rollup's at
 * 1,000,000 applications (docs/performance.md). Both conversions are pure, so
 * their answers are remembered; the maps are emptied when they grow past a
 * bound (a few centuries of dates), so odd inputs cannot grow them for ever.
 */
const REMEMBERED = 100_000;
const numbersOfDates = new Map<string, number>();
const datesOfNumbers = new Map<number, string>();

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= REMEMBERED) map.clear();
  map.set(key, value);
  return value;
}

/** Days since 1970-01-01 for a calendar date; throws on anything but a real YYYY-MM-DD. */
export function dayNumber(date: string): number {
  const known = numbersOfDates.get(date);
  if (known !== undefined) return known;
  const ms = DATE_RE.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  }
  return remember(numbersOfDates, date, ms / DAY_MS);
}

export function dateOfDayNumber(n: number): string {
  return datesOfNumbers.get(n) ?? remember(datesOfNumbers, n, new Date(n * DAY_MS).toISOString().slice(0, 10));
}

export function addCalendarDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** The calendar date (YYYY-MM-DD) of an instant in Asia/Shanghai. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The wall-clock time (HH:MM) of an instant in Asia/Shanghai. */
export function shanghaiTime(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(11, 16);
}

/** The instant at wall-clock time hh:mm on a date in Asia/Shanghai. */
export function atShanghai(date: string, hhmm: string): Date {
  return new Date(dayNumber(date) * DAY_MS + minutesOf(hhmm) * 60_000 - SHANGHAI_OFFSET_MS);
}

const minutesOfTimes = new Map<string, number>();

function minutesOf(hhmm: string): number {
  const known = minutesOfTimes.get(hhmm);
  if (known !== undefined) return known;
  if (!HHMM_RE.test(hhmm)) throw new RangeError(`not a time of day (HH:MM): ${hhmm}`);
  const [hh, mm] = hhmm.split(':').map(Number) as [number, number];
  return remember(minutesOfTimes, hhmm, hh * 60 + mm);
}

/**
 * Working days per 《行政许可法》第八十二条: weekdays work and weekends rest,
 * unless an override (statutory holiday, or 调休 make-up day) says otherwise.
 * Outside the years the overrides cover, only the weekend rule applies.
 */
export class WorkingCalendar {
  private readonly overrides: ReadonlyMap<string, DayOverride>;

  constructor(overrides: readonly DayOverride[] = []) {
    const byDate = new Map<string, DayOverride>();
    for (const o of overrides) {
      dayNumber(o.date);
      byDate.set(o.date, o);
    }
    this.overrides = byDate;
  }

  overrideOn(date: string): DayOverride | undefined {
    dayNumber(date);
    return this.overrides.get(date);
  }

  isWorkingDay(date: string): boolean {
    const o = this.overrideOn(date);
    if (o) return o.working;
    const d = weekday(date);
    return d !== 0 && d !== 6;
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): string {
    // Terminates: only finitely many weekdays can be overridden as days off.
    let d = addCalendarDays(date, 1);
    while (!this.isWorkingDay(d)) d = addCalendarDays(d, 1);
    return d;
  }

  /** The n-th working day strictly after `date`; n = 0 gives `date` itself. */
  addWorkingDays(date: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number >= 0: ${n}`);
    let d = date;
    dayNumber(d);
    for (let i = 0; i < n; i++) d = this.nextWorkingDay(d);
    return d;
  }

  /** Working days d with fromExclusive < d <= toInclusive; negative when the range is reversed. */
  workingDaysBetween(fromExclusive: string, toInclusive: string): number {
    const from = dayNumber(fromExclusive);
    const to = dayNumber(toInclusive);
    if (to < from) return -this.workingDaysBetween(toInclusive, fromExclusive);
    let count = 0;
    for (let n = from + 1; n <= to; n++) if (this.isWorkingDay(dateOfDayNumber(n))) count++;
    return count;
  }
}
