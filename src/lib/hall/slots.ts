import { atShanghai, shanghaiDate, type WorkingCalendar } from '@/lib/clock/calendar';
import type { OfficeHours } from '@/lib/clock/due-date';

/** Applicants per time slot; the hall has this many general windows. */
export const SLOT_CAPACITY = 3;
/** How many working days ahead an appointment can be booked. */
export const BOOKING_DAYS = 5;

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

function hhmm(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * One-hour slots of a working day within office hours, without the lunch hour
 * that starts at `noon`. Slots are instants (UTC) of their start.
 */
export function daySlots(date: string, hours: OfficeHours): Date[] {
  const slots: Date[] = [];
  const lunch = minutes(hours.noon);
  for (let t = minutes(hours.start); t + 60 <= minutes(hours.end); t += 60) {
    if (t >= lunch && t < lunch + 60) continue;
    slots.push(atShanghai(date, hhmm(t)));
  }
  return slots;
}

/** The slots that can be booked at `now`: from the next working day on, for BOOKING_DAYS working days. */
export function bookableSlots(calendar: WorkingCalendar, hours: OfficeHours, now: Date): Date[] {
  const out: Date[] = [];
  let day = shanghaiDate(now);
  for (let n = 0; n < BOOKING_DAYS; n++) {
    day = calendar.nextWorkingDay(day);
    out.push(...daySlots(day, hours));
  }
  return out;
}
