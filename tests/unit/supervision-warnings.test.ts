import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WorkingCalendar } from '@/lib/clock/calendar';
import { chineseDaysOverrides } from '@/lib/clock/chinese-days';
import { DEFAULT_OFFICE_HOURS as hours, stepDueDate, type Warning } from '@/lib/clock/due-date';
import { caseWarning, deadlineWarning, intakeWarning, warningDedupeKey, worsened } from '@/lib/clock/classify-warning';

const calendar = new WorkingCalendar(chineseDaysOverrides());
const clock = { calendar, hours, thresholds: { days: 1, ratio: 0.2 } };
const rank: Record<Warning, number> = { GREEN: 0, YELLOW: 1, RED: 2 };
// Shanghai wall clock as an instant.
const at = (local: string) => new Date(`${local}+08:00`);

describe('deadline warnings', () => {
  // A 10-day step due Friday 2026-12-04 17:00.
  const due = at('2026-12-04T17:00:00');

  it('is green with days to spare, yellow within max(1 day, 20 % of 10 = 2 days), red after the due date', () => {
    expect(deadlineWarning(clock, { now: at('2026-11-30T09:00:00'), due, limitDays: 10 })).toBe('GREEN');
    // Thursday 09:00: Thursday and Friday remain = 2 days = 20 % of the limit.
    expect(deadlineWarning(clock, { now: at('2026-12-03T09:00:00'), due, limitDays: 10 })).toBe('YELLOW');
    expect(deadlineWarning(clock, { now: at('2026-12-04T16:59:00'), due, limitDays: 10 })).toBe('YELLOW');
    expect(deadlineWarning(clock, { now: at('2026-12-04T17:01:00'), due, limitDays: 10 })).toBe('RED');
  });

  it('follows configured thresholds', () => {
    const strict = { ...clock, thresholds: { days: 3, ratio: 0 } };
    // Wednesday 09:00: Wed, Thu, Fri remain = 3 days.
    expect(deadlineWarning(strict, { now: at('2026-12-02T09:00:00'), due, limitDays: 10 })).toBe('YELLOW');
    expect(deadlineWarning(clock, { now: at('2026-12-02T09:00:00'), due, limitDays: 10 })).toBe('GREEN');
  });
});

describe('intake warnings (art. 32, five working days)', () => {
  // Submitted Monday 2026-11-23 10:00: due Monday 30th 17:00.
  const due = at('2026-11-30T17:00:00');
  it('turns yellow on the last working day and red after it', () => {
    expect(intakeWarning(clock, { now: at('2026-11-27T10:00:00'), due, limitDays: 5 })).toBe('GREEN');
    // Saturday: Monday is the one day left.
    expect(intakeWarning(clock, { now: at('2026-11-28T10:00:00'), due, limitDays: 5 })).toBe('YELLOW');
    expect(intakeWarning(clock, { now: at('2026-11-30T10:00:00'), due, limitDays: 5 })).toBe('YELLOW');
    expect(intakeWarning(clock, { now: at('2026-11-30T17:30:00'), due, limitDays: 5 })).toBe('RED');
  });

  it('follows configured thresholds too', () => {
    // Three working days ahead: Thursday, Friday and Monday remain on Thursday morning.
    const strict = { ...clock, thresholds: { days: 3, ratio: 0 } };
    expect(intakeWarning(strict, { now: at('2026-11-26T10:00:00'), due, limitDays: 5 })).toBe('YELLOW');
    expect(intakeWarning(clock, { now: at('2026-11-26T10:00:00'), due, limitDays: 5 })).toBe('GREEN');
    // 60 % of five days = 3 days.
    expect(intakeWarning({ ...clock, thresholds: { days: 0, ratio: 0.6 } }, { now: at('2026-11-26T10:00:00'), due, limitDays: 5 })).toBe('YELLOW');
  });
});

describe('case warnings (both due dates watched)', () => {
  // Promised 7 and statutory 15 working days from Monday 2026-11-23.
  const promisedDueAt = at('2026-12-02T17:00:00');
  const statutoryDueAt = at('2026-12-14T17:00:00');
  const args = { promisedDueAt, statutoryDueAt, promisedLimitDays: 7, statutoryLimitDays: 15, extensionDays: 0 };

  it('is the worse of the promised and the statutory colour, naming the due date that gives it', () => {
    expect(caseWarning(clock, { ...args, now: at('2026-11-24T10:00:00') })).toEqual({ level: 'GREEN', due: promisedDueAt, limit: 'promised' });
    expect(caseWarning(clock, { ...args, now: at('2026-12-03T10:00:00') })).toEqual({ level: 'RED', due: promisedDueAt, limit: 'promised' });
    // A promise wrongly above the statutory limit (the catalog report flags it): the statutory date rules.
    const inverted = { ...args, promisedDueAt: statutoryDueAt, statutoryDueAt: promisedDueAt, promisedLimitDays: 15, statutoryLimitDays: 7 };
    expect(caseWarning(clock, { ...inverted, now: at('2026-12-02T10:00:00') })).toEqual({ level: 'YELLOW', due: promisedDueAt, limit: 'statutory' });
    expect(caseWarning(clock, { ...inverted, now: at('2026-12-03T10:00:00') })).toEqual({ level: 'RED', due: promisedDueAt, limit: 'statutory' });
    expect(caseWarning(clock, { ...args, statutoryDueAt: null, statutoryLimitDays: null, now: at('2026-12-03T10:00:00') }).level).toBe('RED');
  });

  it('counts approved extensions in the limit the ratio applies to', () => {
    // Two working days left (Tue 1st and Wed 2nd): green against 7 days (20 % = 1.4), yellow against 7 + 3 (20 % = 2).
    const now = at('2026-12-01T10:00:00');
    expect(caseWarning(clock, { ...args, now }).level).toBe('GREEN');
    expect(caseWarning(clock, { ...args, extensionDays: 3, now }).level).toBe('YELLOW');
  });
});

describe('announcements', () => {
  it('tells only of a colour getting worse', () => {
    expect(worsened('GREEN', 'YELLOW')).toBe(true);
    expect(worsened('YELLOW', 'RED')).toBe(true);
    expect(worsened('GREEN', 'RED')).toBe(true);
    expect(worsened('RED', 'YELLOW')).toBe(false);
    expect(worsened('YELLOW', 'YELLOW')).toBe(false);
  });

  it('keys a warning by what it is about, its level, its due date and its recipient', () => {
    const due = at('2026-12-04T17:00:00');
    expect(warningDedupeKey('task', 't1', 'RED', due, 'u1')).toBe('warn:task:t1:RED:2026-12-04T09:00:00.000Z:u1');
    expect(warningDedupeKey('task', 't1', 'RED', due, 'u1')).not.toBe(warningDedupeKey('task', 't1', 'YELLOW', due, 'u1'));
  });
});

describe('warning properties', () => {
  const instant = fc.date({ min: new Date('2025-01-01T00:00:00+08:00'), max: new Date('2026-10-31T00:00:00+08:00'), noInvalidDate: true });
  const limit = fc.integer({ min: 0, max: 40 }).map((h) => h / 2);

  it('is red exactly when the due date has passed', () => {
    fc.assert(
      fc.property(instant, limit, fc.integer({ min: -30, max: 60 }), (start, limitDays, offsetDays) => {
        const due = stepDueDate({ startedAt: start, limitDays, calendar, hours, now: start });
        const now = new Date(start.getTime() + offsetDays * 86_400_000);
        const level = deadlineWarning(clock, { now, due, limitDays });
        expect(level === 'RED').toBe(now.getTime() > due.getTime());
        const intake = intakeWarning(clock, { now, due, limitDays: 5 });
        expect(intake === 'RED').toBe(now.getTime() > due.getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('never gets better as time passes, and the start of a step with a limit above the threshold is green', () => {
    fc.assert(
      fc.property(instant, limit, fc.integer({ min: 0, max: 40 * 24 }), fc.integer({ min: 0, max: 40 * 24 }), (start, limitDays, h1, h2) => {
        const due = stepDueDate({ startedAt: start, limitDays, calendar, hours, now: start });
        const [a, b] = [Math.min(h1, h2), Math.max(h1, h2)].map((h) => new Date(start.getTime() + h * 3_600_000));
        expect(rank[deadlineWarning(clock, { now: b, due, limitDays })]).toBeGreaterThanOrEqual(rank[deadlineWarning(clock, { now: a, due, limitDays })]);
        expect(rank[intakeWarning(clock, { now: b, due, limitDays: 5 })]).toBeGreaterThanOrEqual(rank[intakeWarning(clock, { now: a, due, limitDays: 5 })]);
        // At least the whole limit remains when a step opens: above max(1 day, 20 %) it starts green.
        if (limitDays >= 1.5) expect(deadlineWarning(clock, { now: start, due, limitDays })).toBe('GREEN');
      }),
      { numRuns: 300 },
    );
  });
});
