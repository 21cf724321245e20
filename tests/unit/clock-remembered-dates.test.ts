import { describe, expect, it } from 'vitest';
import { addCalendarDays, atShanghai, dateOfDayNumber, dayNumber } from '@/lib/clock/calendar';

// calendar.ts remembers its date conversions (the clock asks the same ones thousands
// of times a page): remembering must never change an answer or swallow an error.
describe('remembered date conversions', () => {
  it('answers the same the first time and every time after', () => {
    for (let i = 0; i < 3; i++) {
      expect(dayNumber('2026-12-06')).toBe(20_793);
      expect(dateOfDayNumber(20_793)).toBe('2026-12-06');
      expect(atShanghai('2026-12-06', '09:00').toISOString()).toBe('2026-12-06T01:00:00.000Z');
      expect(atShanghai('2026-12-06', '17:30').toISOString()).toBe('2026-12-06T09:30:00.000Z');
    }
  });

  it('rejects a bad date or time however often it is asked, also after good ones', () => {
    dayNumber('2026-02-28');
    atShanghai('2026-02-28', '12:00');
    for (let i = 0; i < 3; i++) {
      expect(() => dayNumber('2026-02-30')).toThrow(RangeError);
      expect(() => dayNumber('2026-2-28')).toThrow(RangeError);
      expect(() => atShanghai('2026-02-28', '24:00')).toThrow(RangeError);
      expect(() => atShanghai('2026-02-28', '9:00')).toThrow(RangeError);
    }
  });

  it('stays right past the bound where it forgets (more dates than it keeps)', () => {
    // 150,000 consecutive days from 1900: past the 100,000 remembered, so the maps are emptied on the way.
    let date = '1900-01-01';
    const first = dayNumber(date);
    for (let i = 1; i < 150_000; i++) {
      date = addCalendarDays(date, 1);
      if (i % 9_973 === 0) expect(dayNumber(date)).toBe(first + i);
    }
    expect(dayNumber('1900-01-01')).toBe(first);
    expect(dateOfDayNumber(first + 149_999)).toBe(date);
  });
});
