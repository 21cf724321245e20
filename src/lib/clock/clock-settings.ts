import 'server-only';
import { db, type Tx } from '@/lib/db';
import { WorkingCalendar, shanghaiDate } from './calendar';
import { DEFAULT_OFFICE_HOURS, type OfficeHours } from './due-date';

type WarningThresholds = { days: number; ratio: number };
/** `provisionalYears`: years whose calendar has the statutory holidays only (no 调休 yet): their due dates are provisional. */
export type Clock = { calendar: WorkingCalendar; hours: OfficeHours; thresholds: WarningThresholds; provisionalYears?: readonly number[] };

const DEFAULT_THRESHOLDS: WarningThresholds = { days: 1, ratio: 0.2 };
const TTL_MS = 60_000;
let cached: { clock: Clock; at: number } | undefined;

/**
 * The working-day calendar and office hours, as the admin keeps them in the
 * database. Cached for a minute; an edit calls `forgetClock()` in its process,
 * other processes (the worker) see it within the minute.
 */
export async function loadClock(): Promise<Clock> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.clock;
  const clock = await readClock(db);
  cached = { clock, at: Date.now() };
  return clock;
}

/**
 * The clock as `client` sees it, uncached: inside a transaction that edits the
 * calendar, this is the calendar after the edit, before it commits.
 */
export async function readClock(client: Pick<Tx, 'calendarDay' | 'setting' | 'calendarYear'>): Promise<Clock> {
  // One after the other: a transaction's connection runs one query at a time.
  const days = await client.calendarDay.findMany({ select: { date: true, working: true, name: true } });
  const settings = await client.setting.findMany({ where: { key: { in: ['office-hours', 'warning-thresholds'] } } });
  const provisional = await client.calendarYear.findMany({ where: { provisional: true }, select: { year: true }, orderBy: { year: 'asc' } });
  const setting = (key: string) => settings.find((s) => s.key === key)?.value as Record<string, unknown> | undefined;
  const clock: Clock = {
    calendar: new WorkingCalendar(days.map((d) => ({ date: d.date, working: d.working, name: d.name ?? undefined }))),
    hours: { ...DEFAULT_OFFICE_HOURS, ...(setting('office-hours') as Partial<OfficeHours> | undefined) },
    thresholds: { ...DEFAULT_THRESHOLDS, ...(setting('warning-thresholds') as Partial<WarningThresholds> | undefined) },
    provisionalYears: provisional.map((p) => p.year),
  };
  return clock;
}

export function forgetClock(): void {
  cached = undefined;
}

/** Whether a due date falls in a provisional year (its calendar lacks the 调休 arrangement). */
export function isProvisionalDue(clock: Pick<Clock, 'provisionalYears'>, due: Date | null | undefined): boolean {
  return !!due && !!clock.provisionalYears?.includes(Number(shanghaiDate(due).slice(0, 4)));
}
