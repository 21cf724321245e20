import type { WorkingCalendar } from './calendar';
import { dueDate, stepDueDate, type ClockInterval, type OfficeHours } from './due-date';

/** An approved extension (art. 42); `taskId` is the step it was asked for, null for the case alone. */
export type ApprovedExtension = { taskId: string | null; days: number };

export type CaseClockFacts = {
  acceptedAt: Date;
  promisedLimitDays: number;
  statutoryLimitDays: number | null;
  /** Every suspension of the case, whichever step started it. */
  suspensions: readonly ClockInterval[];
  /** Approved extensions only. */
  extensions: readonly ApprovedExtension[];
  /** The open steps, each from the instant it opened. */
  steps: readonly { id: string; openedAt: Date; limitDays: number }[];
};

export type CaseDueDates = {
  promisedDueAt: Date;
  statutoryDueAt: Date | null;
  steps: { id: string; dueAt: Date }[];
};

/**
 * Working days an approved extension adds to the case. Extensions are asked for
 * on a step, but what the head approves is more time for the application (art.
 * 42), so every approved one counts, whichever step asked.
 */
export function caseExtensionDays(extensions: readonly ApprovedExtension[]): number {
  return extensions.reduce((sum, e) => sum + e.days, 0);
}

/** Working days the approved extensions asked for on one step add to that step's own limit. */
export function stepExtensionDays(extensions: readonly ApprovedExtension[], taskId: string): number {
  return extensions.filter((e) => e.taskId === taskId).reduce((sum, e) => sum + e.days, 0);
}

/**
 * A case's promised and statutory due dates and its open steps' due dates,
 * always from the origin (acceptance, a step's opening) so repeated pauses and
 * calendar edits cannot drift. Every suspension holds every step, not only the
 * one that started it: while one runs the whole case is SUSPENDED and no step
 * may be decided, so a parallel step's time stands still too.
 */
export function caseDueDates(facts: CaseClockFacts, clock: { calendar: WorkingCalendar; hours: OfficeHours }, now: Date): CaseDueDates {
  const { calendar, hours } = clock;
  const { suspensions } = facts;
  const extensionDays = caseExtensionDays(facts.extensions);
  const due = (limitDays: number) => dueDate({ acceptedAt: facts.acceptedAt, limitDays, calendar, hours, suspensions, extensionDays, now });
  return {
    promisedDueAt: due(facts.promisedLimitDays),
    statutoryDueAt: facts.statutoryLimitDays == null ? null : due(facts.statutoryLimitDays),
    steps: facts.steps.map((s) => ({
      id: s.id,
      dueAt: stepDueDate({
        startedAt: s.openedAt,
        limitDays: s.limitDays + stepExtensionDays(facts.extensions, s.id),
        calendar,
        hours,
        suspensions,
        now,
      }),
    })),
  };
}
