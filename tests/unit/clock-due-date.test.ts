import { describe, it, expect } from 'vitest';
import { WorkingCalendar } from '@/lib/clock/calendar';
import { chineseDaysOverrides } from '@/lib/clock/chinese-days';
import { acceptanceDay, dueDate, elapsedWorkingDays, remainingWorkingDays, stepDueDate, warningLevel } from '@/lib/clock/due-date';

const calendar = new WorkingCalendar(chineseDaysOverrides());
/** Asia/Shanghai wall-clock time, e.g. sh('2026-02-13 10:00'). */
const sh = (s: string) => new Date(`${s.replace(' ', 'T')}:00+08:00`);
const due = (acceptedAt: string, limitDays: number, more: Partial<Parameters<typeof dueDate>[0]> = {}) =>
  dueDate({ acceptedAt: sh(acceptedAt), limitDays, calendar, now: sh(acceptedAt), ...more });

/*
 * 2026 Spring Festival (chinese-days): off Sun 02-15 … Mon 02-23; make-up working
 * Saturdays 02-14 and 02-28. National Day: off Thu 10-01 … Wed 10-07; make-up
 * working Sun 09-20 and Sat 10-10 (中秋 Fri 09-25 … Sun 09-27 off).
 */
describe('dueDate over the 2026 Spring Festival', () => {
  it('accepted on the Friday before it, 5 days end on Friday 02-27', () => {
    // 1: Sat 02-14 (调休), 2: Tue 02-24, 3: 02-25, 4: 02-26, 5: Fri 02-27.
    expect(due('2026-02-13 10:00', 5)).toEqual(sh('2026-02-27 17:00'));
  });

  it('counts both make-up Saturdays', () => {
    // … 6: Sat 02-28 (调休), 7: Mon 03-02 … 10: Thu 03-05.
    expect(due('2026-02-13 10:00', 6)).toEqual(sh('2026-02-28 17:00'));
    expect(due('2026-02-13 10:00', 10)).toEqual(sh('2026-03-05 17:00'));
  });

  it('ends a half day at noon of the next working day', () => {
    expect(due('2026-02-13 10:00', 0.5)).toEqual(sh('2026-02-14 12:00'));
    expect(due('2026-02-13 10:00', 1.5)).toEqual(sh('2026-02-24 12:00'));
  });

  it('does not count the day of acceptance, even a make-up Saturday', () => {
    expect(due('2026-02-14 10:00', 1)).toEqual(sh('2026-02-24 17:00'));
  });

  it('never moves the day of acceptance: a holiday or after-hours acceptance day is just not counted', () => {
    expect(acceptanceDay(sh('2026-02-16 10:00'))).toBe('2026-02-16');
    expect(acceptanceDay(sh('2026-02-13 17:30'))).toBe('2026-02-13');
    expect(acceptanceDay(sh('2026-02-13 23:59'))).toBe('2026-02-13');
    // Accepted on 初一 (a holiday): the period starts on the first working day after it, Tue 02-24.
    expect(due('2026-02-16 10:00', 1)).toEqual(sh('2026-02-24 17:00'));
    // Accepted Friday after closing: Saturday 02-14 (调休) is the first working day after it.
    expect(due('2026-02-13 17:30', 1)).toEqual(sh('2026-02-14 17:00'));
  });
});

// The worked examples of docs/domain.md, "The clock".
describe('the acceptance day is never moved (worked examples, 2026)', () => {
  it('accepted on Sunday 12-06 at 11:00, 1 day ends Monday 12-07 at closing', () => {
    expect(due('2026-12-06 11:00', 1)).toEqual(sh('2026-12-07 17:00'));
  });

  it('accepted on Monday 12-07 at 17:30 (after closing), 1 day ends Tuesday 12-08 at closing', () => {
    expect(due('2026-12-07 17:30', 1)).toEqual(sh('2026-12-08 17:00'));
  });

  it('accepted on Friday 12-04 at 16:00, half a day ends Monday 12-07 at noon', () => {
    expect(due('2026-12-04 16:00', 0.5)).toEqual(sh('2026-12-07 12:00'));
  });

  it('accepted on Saturday 10-03 (国庆), 5 days end Tuesday 10-13, counting the 调休 Saturday 10-10', () => {
    // 1: Thu 10-08, 2: Fri 10-09, 3: Sat 10-10 (调休), 4: Mon 10-12, 5: Tue 10-13.
    expect(due('2026-10-03 10:00', 5)).toEqual(sh('2026-10-13 17:00'));
  });

  it('accepted on a 调休 Saturday after closing, the next Monday is the first day', () => {
    expect(due('2026-10-10 18:00', 1)).toEqual(sh('2026-10-12 17:00'));
  });

  it('accepted on a Saturday night, 20 days count from Monday', () => {
    // Sat 2026-11-21 23:30: 1 = Mon 11-23, 20 = Fri 12-18.
    expect(due('2026-11-21 23:30', 20)).toEqual(sh('2026-12-18 17:00'));
  });

  it('counts the elapsed days from the day after acceptance too', () => {
    // Accepted Sunday: by Monday closing one day has run.
    expect(elapsedWorkingDays({ acceptedAt: sh('2026-12-06 11:00'), now: sh('2026-12-07 17:00'), calendar })).toBe(1);
    expect(elapsedWorkingDays({ acceptedAt: sh('2026-12-07 17:30'), now: sh('2026-12-08 17:00'), calendar })).toBe(1);
  });
});

describe('dueDate over the 2026 National Day', () => {
  it('counts the make-up Sunday before it and the make-up Saturday after it', () => {
    expect(due('2026-09-18 10:00', 2)).toEqual(sh('2026-09-21 17:00')); // Sun 09-20, Mon 09-21
    expect(due('2026-09-30 15:00', 3)).toEqual(sh('2026-10-10 17:00')); // 10-08, 10-09, Sat 10-10
  });

  it('runs the statutory 20 days and a 10-day extension (art. 42)', () => {
    // 10-08, 09, 10 (3); 10-12…16 (8); 10-19…23 (13); 10-26…30 (18); 11-02 (19); 11-03 (20).
    expect(due('2026-09-30 15:00', 20)).toEqual(sh('2026-11-03 17:00'));
    // 11-04…06 (23); 11-09…13 (28); 11-16 (29); 11-17 (30).
    expect(due('2026-09-30 15:00', 20, { extensionDays: 10 })).toEqual(sh('2026-11-17 17:00'));
  });
});

describe('limit 0 (即办件)', () => {
  it('ends at closing of the acceptance day', () => {
    expect(due('2026-02-13 10:00', 0)).toEqual(sh('2026-02-13 17:00'));
    expect(due('2026-02-14 16:59', 0)).toEqual(sh('2026-02-14 17:00'));
  });

  it('ends on the day of acceptance even on a holiday, or at the end of it when accepted after closing', () => {
    expect(due('2026-02-15 10:00', 0)).toEqual(sh('2026-02-15 17:00'));
    expect(due('2026-02-13 17:00', 0)).toEqual(sh('2026-02-13 17:00'));
    expect(due('2026-02-13 17:30', 0)).toEqual(new Date(sh('2026-02-14 00:00').getTime() - 1));
  });

  it('is YELLOW on its day and RED after', () => {
    const d = sh('2026-03-02 17:00');
    expect(warningLevel({ now: sh('2026-03-02 09:30'), due: d, limitDays: 0, calendar })).toBe('YELLOW');
    expect(warningLevel({ now: sh('2026-03-02 17:00'), due: d, limitDays: 0, calendar })).toBe('YELLOW');
    expect(warningLevel({ now: sh('2026-03-02 17:01'), due: d, limitDays: 0, calendar })).toBe('RED');
  });
});

describe('limits', () => {
  it('accepts half-day steps only', () => {
    expect(() => due('2026-03-02 10:00', 1.25)).toThrow(RangeError);
    expect(() => due('2026-03-02 10:00', -1)).toThrow(RangeError);
    expect(() => due('2026-03-02 10:00', Number.NaN)).toThrow(RangeError);
    expect(() => due('2026-03-02 10:00', 1, { extensionDays: 0.3 })).toThrow(RangeError);
  });

  it('follows configured office hours', () => {
    const hours = { start: '08:30', noon: '12:30', end: '17:30' };
    expect(due('2026-03-02 10:00', 1.5, { hours })).toEqual(sh('2026-03-04 12:30'));
    expect(() => due('2026-03-02 10:00', 1, { hours: { start: '13:00', noon: '12:00', end: '17:00' } })).toThrow(RangeError);
  });
});

/* Accepted Mon 2026-03-02 10:00 with 5 days: 03-03, 04, 05, 06, Mon 03-09 → 03-09 17:00. */
describe('suspensions (art. 45)', () => {
  const accepted = '2026-03-02 10:00';
  const withSuspensions = (suspensions: { start: string; end: string | null }[], now = '2026-03-02 10:00') =>
    due(accepted, 5, {
      suspensions: suspensions.map((s) => ({ start: sh(s.start), end: s.end ? sh(s.end) : null })),
      now: sh(now),
    });

  it('moves the due date by the working days suspended', () => {
    expect(withSuspensions([])).toEqual(sh('2026-03-09 17:00'));
    // Wed 09:00 → Fri 09:00 withholds Wed and Thu.
    expect(withSuspensions([{ start: '2026-03-04 09:00', end: '2026-03-06 09:00' }])).toEqual(sh('2026-03-11 17:00'));
    // Fri 15:00 → Mon 15:00 is one working day over a weekend: Fri afternoon and Mon morning.
    expect(withSuspensions([{ start: '2026-03-06 15:00', end: '2026-03-09 15:00' }])).toEqual(sh('2026-03-10 17:00'));
  });

  it('withholds a half-day when the procedure is still running at its end', () => {
    // Wed 14:00 → Thu 10:00: only Wednesday afternoon ended under suspension.
    expect(withSuspensions([{ start: '2026-03-04 14:00', end: '2026-03-05 10:00' }])).toEqual(sh('2026-03-10 12:00'));
  });

  it('counts overlapping suspensions once', () => {
    expect(
      withSuspensions([
        { start: '2026-03-04 09:00', end: '2026-03-06 09:00' },
        { start: '2026-03-05 09:00', end: '2026-03-06 09:00' },
      ]),
    ).toEqual(sh('2026-03-11 17:00'));
  });

  it('ignores time on the uncounted day of acceptance', () => {
    // Mon 10:30 → Tue 10:30: only Monday's half-days ended under suspension, and they never counted.
    expect(withSuspensions([{ start: '2026-03-02 10:30', end: '2026-03-03 10:30' }])).toEqual(sh('2026-03-09 17:00'));
    // Mon 10:30 → Tue 12:30: Tuesday morning too.
    expect(withSuspensions([{ start: '2026-03-02 10:30', end: '2026-03-03 12:30' }])).toEqual(sh('2026-03-10 12:00'));
  });

  it('lets a procedure started on the last afternoon move the due date, but not one started after it', () => {
    expect(withSuspensions([{ start: '2026-03-09 16:00', end: '2026-03-10 16:00' }])).toEqual(sh('2026-03-10 17:00'));
    expect(withSuspensions([{ start: '2026-03-09 17:00', end: '2026-03-10 17:00' }])).toEqual(sh('2026-03-09 17:00'));
  });

  it('keeps moving the due date while a suspension is running', () => {
    const running = [{ start: '2026-03-04 09:00', end: null }];
    // By Thu 13:00, Wed and Thu morning have ended under suspension: 1.5 days.
    expect(withSuspensions(running, '2026-03-05 13:00')).toEqual(sh('2026-03-11 12:00'));
    expect(withSuspensions(running, '2026-03-06 10:00')).toEqual(sh('2026-03-11 17:00'));
    // Not yet begun: nothing withheld.
    expect(withSuspensions([{ start: '2026-03-04 09:00', end: null }], '2026-03-03 10:00')).toEqual(sh('2026-03-09 17:00'));
  });

  it('moves a 即办件 too', () => {
    // Its only counted half-day is the afternoon of its day: Mon 13:00 → Wed 13:00 withholds 2 days.
    const d = due('2026-03-02 10:00', 0, {
      suspensions: [{ start: sh('2026-03-02 13:00'), end: sh('2026-03-04 13:00') }],
    });
    expect(d).toEqual(sh('2026-03-04 17:00'));
  });

  it('moves across the Spring Festival', () => {
    // Mon 02-09 with 5 days: 02-10, 11, 12, 13, Sat 02-14. Suspending Thu 02-12 pushes it past the holiday.
    expect(due('2026-02-09 10:00', 5)).toEqual(sh('2026-02-14 17:00'));
    expect(due('2026-02-09 10:00', 5, { suspensions: [{ start: sh('2026-02-12 09:00'), end: sh('2026-02-13 09:00') }] })).toEqual(sh('2026-02-24 17:00'));
  });

  it('rejects a suspension that ends before it starts', () => {
    expect(() => withSuspensions([{ start: '2026-03-05 09:00', end: '2026-03-04 09:00' }])).toThrow(RangeError);
  });
});

describe('stepDueDate', () => {
  it('continues the clock from the moment the step starts', () => {
    const step = (startedAt: string, limitDays: number) => stepDueDate({ startedAt: sh(startedAt), limitDays, calendar, now: sh(startedAt) });
    expect(step('2026-03-03 12:00', 0.5)).toEqual(sh('2026-03-03 17:00'));
    expect(step('2026-03-03 10:00', 0.5)).toEqual(sh('2026-03-03 17:00'));
    expect(step('2026-03-03 10:00', 1)).toEqual(sh('2026-03-04 12:00'));
    expect(step('2026-03-03 17:00', 1)).toEqual(sh('2026-03-04 17:00'));
    expect(step('2026-02-13 17:00', 1.5)).toEqual(sh('2026-02-24 12:00'));
    expect(step('2026-03-03 10:00', 0)).toEqual(sh('2026-03-03 12:00'));
    expect(step('2026-03-03 12:00', 0)).toEqual(sh('2026-03-03 12:00'));
    expect(step('2026-03-06 18:00', 0)).toEqual(sh('2026-03-09 12:00'));
  });
});

describe('board figures', () => {
  const d = sh('2026-03-09 17:00');
  const remaining = (now: string) => remainingWorkingDays({ now: sh(now), due: d, calendar });

  it('counts remaining working days, the half-day in progress included', () => {
    expect(remaining('2026-03-06 10:00')).toBe(2);
    expect(remaining('2026-03-07 10:00')).toBe(1);
    expect(remaining('2026-03-09 09:00')).toBe(1);
    expect(remaining('2026-03-09 12:30')).toBe(0.5);
    expect(remaining('2026-03-09 17:00')).toBe(0);
  });

  it('goes negative when overdue', () => {
    expect(remaining('2026-03-09 17:30')).toBe(0);
    expect(remaining('2026-03-10 09:30')).toBe(-0.5);
    expect(remaining('2026-03-11 13:00')).toBe(-2);
  });

  it('counts elapsed working days, completed half-days only, suspensions left out', () => {
    const elapsed = (now: string, suspensions: { start: Date; end: Date | null }[] = []) =>
      elapsedWorkingDays({ acceptedAt: sh('2026-03-02 10:00'), now: sh(now), calendar, suspensions });
    expect(elapsed('2026-03-02 16:00')).toBe(0);
    expect(elapsed('2026-03-03 11:00')).toBe(0);
    expect(elapsed('2026-03-04 12:30')).toBe(1.5);
    expect(elapsed('2026-03-04 12:30', [{ start: sh('2026-03-03 13:00'), end: null }])).toBe(0.5);
  });
});

describe('warningLevel', () => {
  const d = sh('2026-03-09 17:00');
  const level = (now: string, limitDays: number) => warningLevel({ now: sh(now), due: d, limitDays, calendar });

  it('turns YELLOW within one working day for short limits', () => {
    expect(level('2026-03-06 10:00', 5)).toBe('GREEN');
    expect(level('2026-03-06 13:00', 5)).toBe('GREEN'); // 1.5 left
    expect(level('2026-03-09 09:00', 5)).toBe('YELLOW'); // 1 left
    expect(level('2026-03-09 17:00', 5)).toBe('YELLOW');
    expect(level('2026-03-09 17:01', 5)).toBe('RED');
  });

  it('turns YELLOW at 20 % of a long limit', () => {
    // 20 days: threshold 4. From Tue 03-03 09:00: 03-03, 04, 05, 06, 09 = 5 left.
    expect(level('2026-03-03 09:00', 20)).toBe('GREEN');
    expect(level('2026-03-04 09:00', 20)).toBe('YELLOW');
  });

  it('takes custom thresholds', () => {
    expect(warningLevel({ now: sh('2026-03-06 10:00'), due: d, limitDays: 5, calendar, thresholds: { days: 2, ratio: 0 } })).toBe('YELLOW');
  });
});
