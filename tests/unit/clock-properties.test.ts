import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { WorkingCalendar, atShanghai, shanghaiDate } from '@/lib/clock/calendar';
import { chineseDaysOverrides } from '@/lib/clock/chinese-days';
import {
  DEFAULT_OFFICE_HOURS as hours,
  acceptanceDay,
  dueDate,
  remainingWorkingDays,
  stepDueDate,
  warningLevel,
  type ClockInterval,
} from '@/lib/clock/due-date';

const calendar = new WorkingCalendar(chineseDaysOverrides());
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const runs = { numRuns: 300 };

// Around the real holidays of 2025 and 2026.
const acceptedAtArb = fc.date({
  min: new Date('2024-12-20T00:00:00+08:00'),
  max: new Date('2026-08-31T00:00:00+08:00'),
  noInvalidDate: true,
});
const halvesArb = fc.integer({ min: 0, max: 60 });

/** Suspensions placed from `origin` on; some still running. */
const suspensionsArb = (running: boolean) =>
  fc.array(
    fc.record({
      offset: fc.integer({ min: 0, max: 40 * DAY }),
      length: running ? fc.option(fc.integer({ min: 0, max: 20 * DAY }), { nil: null }) : fc.integer({ min: 0, max: 20 * DAY }),
    }),
    { maxLength: 3 },
  );
const place = (origin: Date, specs: { offset: number; length: number | null }[]): ClockInterval[] =>
  specs.map(({ offset, length }) => ({
    start: new Date(origin.getTime() + offset),
    end: length === null ? null : new Date(origin.getTime() + offset + length),
  }));

const timeOfDay = (instant: Date) => new Date(instant.getTime() + 8 * HOUR).toISOString().slice(11, 16);

describe('clock properties', () => {
  it('never puts a due date on a non-working day, and always at noon or closing', () => {
    fc.assert(
      fc.property(acceptedAtArb, halvesArb, suspensionsArb(true), fc.integer({ min: 0, max: 60 * DAY }), (acceptedAt, halves, specs, nowOffset) => {
        const now = new Date(acceptedAt.getTime() + nowOffset);
        const suspensions = place(acceptedAt, specs);
        const due = dueDate({ acceptedAt, limitDays: halves / 2, calendar, suspensions, now });
        // A 即办件 ends on the day of acceptance, whatever that day is (unless a procedure held it).
        const sameDay = halves === 0 && shanghaiDate(due) === shanghaiDate(acceptedAt);
        if (!sameDay) {
          expect(calendar.isWorkingDay(shanghaiDate(due))).toBe(true);
          expect([hours.noon, hours.end]).toContain(timeOfDay(due));
        }
        expect(due.getTime()).toBeGreaterThanOrEqual(acceptedAt.getTime());
      }),
      runs,
    );
  });

  it('moves the due date by exactly k working days when k whole working days are suspended', () => {
    fc.assert(
      fc.property(
        acceptedAtArb,
        halvesArb,
        fc.integer({ min: 1, max: 10 }),
        fc.nat(),
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        (acceptedAt, halves, k, dayPick, minute) => {
          const base = dueDate({ acceptedAt, limitDays: halves / 2, calendar, now: acceptedAt });
          const day0 = acceptanceDay(acceptedAt);
          // A 即办件 accepted after closing ends at midnight, not at a half-day's end.
          fc.pre([hours.noon, hours.end].includes(timeOfDay(base)));
          // From here on, the first half-day to end is one the clock counts.
          const windowStart = atShanghai(day0, halves === 0 ? hours.noon : hours.end);
          const span = calendar.workingDaysBetween(day0, shanghaiDate(base));
          const day = calendar.addWorkingDays(day0, dayPick % (span + 1));
          const hhmm = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
          const start = atShanghai(day, hhmm);
          fc.pre(start.getTime() >= windowStart.getTime() && start.getTime() < base.getTime());
          const end = atShanghai(calendar.addWorkingDays(day, k), hhmm);

          const suspensions = [{ start, end }];
          const moved = dueDate({ acceptedAt, limitDays: halves / 2, calendar, suspensions, now: end });
          expect(calendar.workingDaysBetween(shanghaiDate(base), shanghaiDate(moved))).toBe(k);
          expect(timeOfDay(moved)).toBe(timeOfDay(base));
        },
      ),
      runs,
    );
  });

  it('is monotonic in the limit, suspensions and extension included', () => {
    fc.assert(
      fc.property(
        acceptedAtArb,
        halvesArb,
        halvesArb,
        fc.integer({ min: 0, max: 20 }),
        suspensionsArb(true),
        fc.integer({ min: 0, max: 60 * DAY }),
        (acceptedAt, a, b, extensionHalves, specs, nowOffset) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const now = new Date(acceptedAt.getTime() + nowOffset);
          const common = { acceptedAt, calendar, suspensions: place(acceptedAt, specs), now };
          const dueLo = dueDate({ ...common, limitDays: lo / 2 });
          const dueHi = dueDate({ ...common, limitDays: hi / 2 });
          const extended = dueDate({ ...common, limitDays: hi / 2, extensionDays: extensionHalves / 2 });
          expect(dueLo.getTime()).toBeLessThanOrEqual(dueHi.getTime());
          expect(dueHi.getTime()).toBeLessThanOrEqual(extended.getTime());
        },
      ),
      runs,
    );
  });

  it('keeps step-by-step due dates within the case due date when step limits add up to it', () => {
    fc.assert(
      fc.property(
        acceptedAtArb,
        fc.array(fc.record({ halves: fc.integer({ min: 0, max: 8 }), finish: fc.integer({ min: 0, max: 100 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        suspensionsArb(false),
        (acceptedAt, steps, specs) => {
          // Steps share the case's suspensions, placed once the case clock runs
          // (the acceptance day counts for a 即办 step but not for the case).
          const clockStart = atShanghai(calendar.nextWorkingDay(acceptanceDay(acceptedAt)), hours.start);
          const suspensions = place(clockStart, specs);
          const total = steps.reduce((sum, s) => sum + s.halves, 0);
          // A 即办 first step accepted on a day off or after closing is due that very day;
          // the steps after it (never due before the next working half-day) may run past the case.
          const day0 = shanghaiDate(acceptedAt);
          fc.pre(steps[0]!.halves > 0 || (calendar.isWorkingDay(day0) && acceptedAt.getTime() <= atShanghai(day0, hours.end).getTime()));
          const caseDue = dueDate({ acceptedAt, limitDays: total / 2, calendar, suspensions, now: acceptedAt });

          const chain = (finishAt: (startedAt: Date, due: Date, percent: number) => Date) => {
            let startedAt = acceptedAt;
            let due = acceptedAt;
            steps.forEach(({ halves, finish }, i) => {
              const limitDays = halves / 2;
              due =
                i === 0
                  ? dueDate({ acceptedAt, limitDays, calendar, suspensions, now: acceptedAt })
                  : stepDueDate({ startedAt, limitDays, calendar, suspensions, now: acceptedAt });
              expect(due.getTime()).toBeLessThanOrEqual(caseDue.getTime());
              startedAt = finishAt(startedAt, due, finish);
            });
            return due;
          };

          // Each step handed on somewhere between its start and its due date …
          chain((s, d, p) => new Date(s.getTime() + Math.round(((d.getTime() - s.getTime()) * p) / 100)));
          // … and, at worst, exactly at its due date: then the chain ends with the case.
          expect(chain((_, d) => d)).toEqual(caseDue);
        },
      ),
      runs,
    );
  });

  it('treats a running suspension as one ending now, and moves the due date on as time passes', () => {
    fc.assert(
      fc.property(
        acceptedAtArb,
        halvesArb,
        fc.integer({ min: 0, max: 30 * DAY }),
        fc.integer({ min: 0, max: 30 * DAY }),
        fc.integer({ min: 0, max: 10 * DAY }),
        (acceptedAt, halves, startOffset, nowOffset, later) => {
          const start = new Date(acceptedAt.getTime() + startOffset);
          const now = new Date(start.getTime() + nowOffset);
          const common = { acceptedAt, limitDays: halves / 2, calendar };
          const running = dueDate({ ...common, suspensions: [{ start, end: null }], now });
          expect(running).toEqual(dueDate({ ...common, suspensions: [{ start, end: now }], now }));
          const laterNow = new Date(now.getTime() + later);
          const afterwards = dueDate({ ...common, suspensions: [{ start, end: null }], now: laterNow });
          expect(running.getTime()).toBeLessThanOrEqual(afterwards.getTime());
        },
      ),
      runs,
    );
  });

  it('agrees between due date, remaining days and warning level', () => {
    fc.assert(
      fc.property(acceptedAtArb, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 90 * DAY }), (acceptedAt, halves, nowOffset) => {
        const limitDays = halves / 2;
        const due = dueDate({ acceptedAt, limitDays, calendar, now: acceptedAt });
        const clockStart = atShanghai(calendar.nextWorkingDay(acceptanceDay(acceptedAt)), hours.start);
        expect(remainingWorkingDays({ now: clockStart, due, calendar })).toBe(limitDays);

        const now = new Date(acceptedAt.getTime() + nowOffset);
        const remaining = remainingWorkingDays({ now, due, calendar });
        const level = warningLevel({ now, due, limitDays, calendar });
        expect(level === 'RED').toBe(now.getTime() > due.getTime());
        if (now.getTime() <= due.getTime()) expect(remaining).toBeGreaterThanOrEqual(0);
        else expect(remaining).toBeLessThanOrEqual(0);
        if (level === 'GREEN') expect(remaining).toBeGreaterThan(Math.max(1, 0.2 * limitDays));
      }),
      runs,
    );
  });
});
