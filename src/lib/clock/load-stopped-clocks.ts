import 'server-only';
import { caseExtensionDays, stepExtensionDays } from './case-due-dates';
import { isProvisionalDue, type Clock } from './clock-settings';
import { dueDate, stepDueDate } from './due-date';
import { stoppedClock, type StoppedClock } from './stopped-clock';
import { db } from '@/lib/db';

export type StoppedClocks = { case: StoppedClock; steps: Map<string, StoppedClock> };

/**
 * The stopped clocks of the suspended cases among `applicationIds`: the case's
 * promised clock and each open step's, keyed by case id. Cases not suspended
 * are absent. One query for the lot.
 */
export async function loadStoppedClocks(applicationIds: readonly string[], clock: Clock): Promise<Map<string, StoppedClocks>> {
  const result = new Map<string, StoppedClocks>();
  if (applicationIds.length === 0) return result;
  const cases = await db.application.findMany({
    where: { id: { in: [...applicationIds] }, status: 'SUSPENDED', acceptedAt: { not: null } },
    select: {
      id: true,
      acceptedAt: true,
      version: { select: { promisedLimitDays: true } },
      suspensions: { orderBy: { startedAt: 'asc' }, select: { startedAt: true, expectedEndAt: true, endedAt: true } },
      extensions: { where: { status: 'APPROVED' }, select: { taskId: true, days: true } },
      tasks: { where: { status: 'OPEN', openedAt: { not: null } }, select: { id: true, openedAt: true, limitDays: true } },
    },
  });
  const { calendar, hours } = clock;
  for (const a of cases) {
    const running = a.suspensions.filter((s) => s.endedAt === null).at(-1);
    if (!running) continue;
    const ended = a.suspensions.filter((s) => s.endedAt !== null).map((s) => ({ start: s.startedAt, end: s.endedAt }));
    const stop = { start: running.startedAt, expectedEndAt: running.expectedEndAt };
    const acceptedAt = a.acceptedAt!;
    const extensionDays = caseExtensionDays(a.extensions);
    result.set(a.id, {
      case: stoppedClock({
        running: stop,
        ended,
        calendar,
        hours,
        dueWith: (suspensions) =>
          dueDate({ acceptedAt, limitDays: a.version.promisedLimitDays, extensionDays, calendar, hours, suspensions, now: running.startedAt }),
      }),
      steps: new Map(
        a.tasks.map((t) => [
          t.id,
          stoppedClock({
            running: stop,
            ended,
            calendar,
            hours,
            dueWith: (suspensions) =>
              stepDueDate({
                startedAt: t.openedAt!,
                limitDays: t.limitDays + stepExtensionDays(a.extensions, t.id),
                calendar,
                hours,
                suspensions,
                now: running.startedAt,
              }),
          }),
        ]),
      ),
    });
  }
  return result;
}

/** What a page shows next to a case's due date: whether it is provisional, and the stopped clock while suspended. */
export async function caseClockNotes(cases: readonly { id: string; status: string; promisedDueAt: Date | null }[], clock: Clock) {
  const stopped = await loadStoppedClocks(
    cases.filter((c) => c.status === 'SUSPENDED').map((c) => c.id),
    clock,
  );
  return new Map(cases.map((c) => [c.id, { provisional: isProvisionalDue(clock, c.promisedDueAt), stopped: stopped.get(c.id) ?? null }]));
}
