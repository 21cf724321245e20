import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WorkingCalendar } from '@/lib/clock/calendar';
import { caseDueDates, caseExtensionDays, stepExtensionDays } from '@/lib/clock/case-due-dates';
import { chineseDaysOverrides } from '@/lib/clock/chinese-days';
import { DEFAULT_OFFICE_HOURS as hours, dueDate, stepDueDate } from '@/lib/clock/due-date';

const calendar = new WorkingCalendar(chineseDaysOverrides());
const clock = { calendar, hours };
/** Asia/Shanghai wall-clock time. */
const at = (local: string) => new Date(`${local}+08:00`);

// Accepted Monday 2026-11-23 10:00 (a plain working fortnight follows); promised 7, statutory 15.
const acceptedAt = at('2026-11-23T10:00:00');
const base = {
  acceptedAt,
  promisedLimitDays: 7,
  statutoryLimitDays: 15,
  // Two parallel steps opened on acceptance.
  steps: [
    { id: 'a', openedAt: acceptedAt, limitDays: 7 },
    { id: 'b', openedAt: acceptedAt, limitDays: 2 },
  ],
};
// Started by step a, Tuesday 10:00 to Thursday 10:00: two working days.
const suspension = { start: at('2026-11-24T10:00:00'), end: at('2026-11-26T10:00:00') };
const now = at('2026-11-27T10:00:00');

describe('a case and its steps, due from acceptance, suspensions and approved extensions', () => {
  it('without either: the plain limits', () => {
    const due = caseDueDates({ ...base, suspensions: [], extensions: [] }, clock, now);
    expect(due.promisedDueAt).toEqual(at('2026-12-02T17:00:00'));
    expect(due.statutoryDueAt).toEqual(at('2026-12-14T17:00:00'));
    // A step counts the half-days from its opening: Monday afternoon is its first.
    expect(due.steps).toEqual([
      { id: 'a', dueAt: at('2026-12-02T12:00:00') },
      { id: 'b', dueAt: at('2026-11-25T12:00:00') },
    ]);
  });

  it('moves the case and every step by a suspension, and case and asking step by an extension asked on a step', () => {
    const due = caseDueDates({ ...base, suspensions: [suspension], extensions: [{ taskId: 'a', days: 3 }] }, clock, now);
    // +2 suspended, +3 extended working days.
    expect(due.promisedDueAt).toEqual(at('2026-12-09T17:00:00'));
    expect(due.statutoryDueAt).toEqual(at('2026-12-21T17:00:00'));
    expect(due.steps).toEqual([
      { id: 'a', dueAt: at('2026-12-09T12:00:00') },
      // Step b is held by a's suspension (the whole case stood still) but gets none of a's extension.
      { id: 'b', dueAt: at('2026-11-27T12:00:00') },
    ]);
  });

  it('has no statutory due date without a statutory limit', () => {
    expect(caseDueDates({ ...base, statutoryLimitDays: null, suspensions: [], extensions: [] }, clock, now).statutoryDueAt).toBeNull();
  });

  it('sums extensions: all for the case, the own ones for a step', () => {
    const extensions = [
      { taskId: 'a', days: 2 },
      { taskId: 'b', days: 1.5 },
      { taskId: null, days: 1 },
    ];
    expect(caseExtensionDays(extensions)).toBe(4.5);
    expect(stepExtensionDays(extensions, 'a')).toBe(2);
    expect(stepExtensionDays(extensions, 'c')).toBe(0);
  });

  it('is exactly the due-date rules applied to the whole case (property)', () => {
    const instant = fc.date({ min: new Date('2025-01-01T00:00:00+08:00'), max: new Date('2026-10-31T00:00:00+08:00'), noInvalidDate: true });
    const halfDays = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((h) => h / 2);
    fc.assert(
      fc.property(
        instant,
        halfDays(20),
        halfDays(10),
        halfDays(10),
        fc.integer({ min: 0, max: 20 * 24 }),
        fc.integer({ min: 0, max: 10 * 24 }),
        (start, promised, step, ext, from, length) => {
          const s = { start: new Date(start.getTime() + from * 3_600_000), end: new Date(start.getTime() + (from + length) * 3_600_000) };
          const extensions = [{ taskId: 'x', days: ext }];
          const due = caseDueDates(
            {
              acceptedAt: start,
              promisedLimitDays: promised,
              statutoryLimitDays: null,
              suspensions: [s],
              extensions,
              steps: [
                { id: 'x', openedAt: start, limitDays: step },
                { id: 'y', openedAt: start, limitDays: step },
              ],
            },
            clock,
            start,
          );
          expect(due.promisedDueAt).toEqual(
            dueDate({ acceptedAt: start, limitDays: promised, extensionDays: ext, suspensions: [s], calendar, hours, now: start }),
          );
          expect(due.steps[0].dueAt).toEqual(stepDueDate({ startedAt: start, limitDays: step + ext, suspensions: [s], calendar, hours, now: start }));
          // The other step: the same suspension, no extension.
          expect(due.steps[1].dueAt).toEqual(stepDueDate({ startedAt: start, limitDays: step, suspensions: [s], calendar, hours, now: start }));
        },
      ),
      { numRuns: 200 },
    );
  });
});
