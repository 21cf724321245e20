// The day of acceptance is never moved (domain.md, "The clock"): checked against
// an independent, day-by-day count over 2025-2027 (2027 with the statutory
// holidays only: the provisional calendar), acceptances at any hour of any day.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WorkingCalendar } from '@/lib/clock/calendar';
import { chineseDaysOverrides } from '@/lib/clock/chinese-days';
import { dueDate, stepDueDate } from '@/lib/clock/due-date';
import { statutoryHolidays } from '@/lib/clock/statutory-holidays';

const overrides = [...chineseDaysOverrides(), ...statutoryHolidays(2027)];
const calendar = new WorkingCalendar(overrides);

// The independent count: plain Date arithmetic on the Shanghai wall clock, a lookup table, no clock code.
const table = new Map(overrides.map((o) => [o.date, o.working]));
const H = 3_600_000;
const wall = (instant: Date) => new Date(instant.getTime() + 8 * H); // Shanghai wall clock as UTC fields
const ymd = (d: Date) => d.toISOString().slice(0, 10);
const working = (date: string) => table.get(date) ?? ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
const nextDay = (date: string) => ymd(new Date(Date.parse(`${date}T00:00:00Z`) + 24 * H));
const at = (date: string, hh: number) => new Date(Date.parse(`${date}T00:00:00Z`) + hh * H - 8 * H);

function expectedDue(acceptedAt: Date, halves: number): Date {
  const day0 = ymd(wall(acceptedAt));
  if (halves === 0) {
    const closing = at(day0, 17);
    return acceptedAt.getTime() <= closing.getTime() ? closing : new Date(at(day0, 24).getTime() - 1);
  }
  let date = day0;
  let n = 0;
  const wanted = Math.ceil(halves / 2);
  while (n < wanted) {
    date = nextDay(date);
    if (working(date)) n++;
  }
  return at(date, halves % 2 === 0 ? 17 : 12);
}

const acceptedAtArb = fc.date({ min: new Date('2025-01-01T00:00:00+08:00'), max: new Date('2027-11-30T23:59:59+08:00'), noInvalidDate: true });
// Acceptances on days off and after hours, over-represented: the cases the old rule got wrong.
const dayOffArb = acceptedAtArb.filter((d) => !working(ymd(wall(d))) || wall(d).getUTCHours() >= 17);

describe('the acceptance day is never moved (property, 2025-2027)', () => {
  it('any acceptance: the period starts on the first working day after the acceptance day', () => {
    fc.assert(
      fc.property(acceptedAtArb, fc.integer({ min: 0, max: 90 }), (acceptedAt, halves) => {
        expect(dueDate({ acceptedAt, limitDays: halves / 2, calendar, now: acceptedAt })).toEqual(expectedDue(acceptedAt, halves));
      }),
      { numRuns: 1000 },
    );
  });

  it('acceptances on weekends, holidays and after closing', () => {
    fc.assert(
      fc.property(dayOffArb, fc.integer({ min: 1, max: 90 }), (acceptedAt, halves) => {
        expect(dueDate({ acceptedAt, limitDays: halves / 2, calendar, now: acceptedAt })).toEqual(expectedDue(acceptedAt, halves));
      }),
      { numRuns: 1000 },
    );
  });

  it('a step opened on a day off or after closing ends with the case (the case and its steps agree)', () => {
    fc.assert(
      fc.property(dayOffArb, fc.integer({ min: 1, max: 60 }), (acceptedAt, halves) => {
        const limitDays = halves / 2;
        expect(stepDueDate({ startedAt: acceptedAt, limitDays, calendar, now: acceptedAt })).toEqual(
          dueDate({ acceptedAt, limitDays, calendar, now: acceptedAt }),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('acceptances the old rule put one working day late', () => {
  const sh = (s: string) => new Date(`${s.replace(' ', 'T')}:00+08:00`);
  const due = (s: string, limitDays: number) => dueDate({ acceptedAt: sh(s), limitDays, calendar, now: sh(s) });

  it('on a weekend, a holiday, a 调休 working day and after hours', () => {
    expect(due('2026-12-06 11:00', 1)).toEqual(sh('2026-12-07 17:00')); // Sunday
    expect(due('2026-10-03 09:30', 5)).toEqual(sh('2026-10-13 17:00')); // 国庆, Sat 10-10 调休 counts
    expect(due('2026-02-28 18:30', 1)).toEqual(sh('2026-03-02 17:00')); // 调休 Saturday, after hours
    expect(due('2026-12-07 17:30', 1)).toEqual(sh('2026-12-08 17:00')); // Monday after closing
    expect(due('2026-12-04 16:00', 0.5)).toEqual(sh('2026-12-07 12:00')); // Friday afternoon, half a day
  });

  it('in 2027 (provisional calendar): 元旦 and 春节 are days off', () => {
    // Accepted Thu 2026-12-31 after closing: Fri 2027-01-01 (元旦) and the weekend are off.
    expect(due('2026-12-31 18:00', 1)).toEqual(sh('2027-01-04 17:00'));
    // Accepted Thu 2027-02-04: 除夕 Fri 02-05 … 初三 Mon 02-08 are off.
    expect(due('2027-02-04 10:00', 1)).toEqual(sh('2027-02-09 17:00'));
  });
});
