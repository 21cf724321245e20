import 'server-only';
import { db } from '@/lib/db';
import { WorkingCalendar } from './calendar';
import { DEFAULT_OFFICE_HOURS, type OfficeHours } from './due-date';

export type WarningThresholds = { days: number; ratio: number };
export type Clock = { calendar: WorkingCalendar; hours: OfficeHours; thresholds: WarningThresholds };

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
  const [days, settings] = await Promise.all([
    db.calendarDay.findMany({ select: { date: true, working: true, name: true } }),
    db.setting.findMany({ where: { key: { in: ['office-hours', 'warning-thresholds'] } } }),
  ]);
  const setting = (key: string) => settings.find((s) => s.key === key)?.value as Record<string, unknown> | undefined;
  const clock: Clock = {
    calendar: new WorkingCalendar(days.map((d) => ({ date: d.date, working: d.working, name: d.name ?? undefined }))),
    hours: { ...DEFAULT_OFFICE_HOURS, ...(setting('office-hours') as Partial<OfficeHours> | undefined) },
    thresholds: { ...DEFAULT_THRESHOLDS, ...(setting('warning-thresholds') as Partial<WarningThresholds> | undefined) },
  };
  cached = { clock, at: Date.now() };
  return clock;
}

export function forgetClock(): void {
  cached = undefined;
}
