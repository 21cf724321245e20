import 'server-only';
import { atShanghai, shanghaiDate, weekday, type WorkingCalendar } from '@/lib/clock/calendar';
import { loadClock } from '@/lib/clock/clock-settings';
import { db, type Tx } from '@/lib/db';
import { DEFAULT_HALL_OPENING, hallOpeningSchema, type HallOpening } from './opening-schema';

export const HALL_OPENING_KEY = 'hall-opening';

/** The hall's opening days and hours as the admin set them, or Mon-Fri 09:00-17:00 when none are stored. */
export async function getHallOpening(client: Pick<Tx, 'setting'> = db): Promise<HallOpening> {
  const setting = await client.setting.findUnique({ where: { key: HALL_OPENING_KEY }, select: { value: true } });
  const parsed = hallOpeningSchema.safeParse(setting?.value);
  return parsed.success ? parsed.data : DEFAULT_HALL_OPENING;
}

/**
 * Whether the hall is open at `now` (Asia/Shanghai). A holiday or 调休 day in
 * the calendar decides its date: 国庆 closes even a center open at weekends,
 * and a make-up working Saturday opens even a center closed at weekends.
 * Other days follow the center's own opening weekdays.
 */
function hallOpenAt(opening: HallOpening, calendar: WorkingCalendar, now: Date): { open: boolean; reason?: 'closedDay' | 'outsideHours' } {
  const day = shanghaiDate(now);
  const override = calendar.overrideOn(day);
  const openDay = override ? override.working : opening.weekdays.includes(weekday(day));
  if (!openDay) return { open: false, reason: 'closedDay' };
  const t = now.getTime();
  if (t < atShanghai(day, opening.open).getTime() || t >= atShanghai(day, opening.close).getTime()) return { open: false, reason: 'outsideHours' };
  return { open: true };
}

/** The hall's opening and whether it is open now, for the kiosk to say so before anyone taps. */
export async function getHallOpeningNow(now = new Date()) {
  const [opening, clock] = await Promise.all([getHallOpening(), loadClock()]);
  return { opening, ...hallOpenAt(opening, clock.calendar, now) };
}
