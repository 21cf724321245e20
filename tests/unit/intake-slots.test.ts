import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '@/lib/clock/calendar';
import { DEFAULT_OFFICE_HOURS } from '@/lib/clock/due-date';
import { bookableSlots, BOOKING_DAYS, daySlots } from '@/lib/hall/slots';

describe('appointment slots', () => {
  it('cuts office hours into hourly slots without the lunch hour', () => {
    const slots = daySlots('2026-11-24', DEFAULT_OFFICE_HOURS).map((d) => d.toISOString().slice(11, 16));
    // Shanghai 09,10,11,13,14,15,16 = UTC 01..08 without 04.
    expect(slots).toEqual(['01:00', '02:00', '03:00', '05:00', '06:00', '07:00', '08:00']);
  });

  it('offers the next working days only, skipping weekends and holidays', () => {
    const calendar = new WorkingCalendar([{ date: '2026-11-25', working: false, name: '测试假日' }]);
    // Friday 2026-11-20: next working days are Mon 23, Tue 24, Thu 26, Fri 27, Mon 30.
    const days = new Set(bookableSlots(calendar, DEFAULT_OFFICE_HOURS, new Date('2026-11-20T02:00:00Z')).map((d) => d.toISOString().slice(0, 10)));
    expect([...days]).toEqual(['2026-11-23', '2026-11-24', '2026-11-26', '2026-11-27', '2026-11-30']);
    expect(days.size).toBe(BOOKING_DAYS);
  });
});
