import 'server-only';
import { db, type Tx } from '@/lib/db';
import { WorkingCalendar } from './calendar';
import { DEFAULT_OFFICE_HOURS, type OfficeHours } from './due-date';

export type WarningThresholds = { days: number; ratio: number };
export type Clock = { calendar: WorkingCalendar; hours: OfficeHours; thresholds: WarningThresholds };

export const DEFAULT_THRESHOLDS: WarningThresholds = { days: 1, ratio: 0.2 };
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
export async function readClock(client: Pick<Tx, 'calendarDay' | 'setting'>): Promise<Clock> {
  // One after the other: a transaction's connection runs one query at a time.
  const days = await client.calendarDay.findMany({ select: { date: true, working: true, name: true } });
  const settings = await client.setting.findMany({ where: { key: { in: ['office-hours', 'warning-thresholds'] } } });
  const setting = (key: string) => settings.find((s) => s.key === key)?.value as Record<string, unknown> | undefined;
  const clock: Clock = {
    calendar: new WorkingCalendar(days.map((d) => ({ date: d.date, working: d.working, name: d.name ?? undefined }))),
    hours: { ...DEFAULT_OFFICE_HOURS, ...(setting('office-hours') as Partial<OfficeHours> | undefined) },
    thresholds: { ...DEFAULT_THRESHOLDS, ...(setting('warning-thresholds') as Partial<WarningThresholds> | undefined) },
  };
  return clock;
}

export function forgetClock(): void {
  cached = undefined;
}
