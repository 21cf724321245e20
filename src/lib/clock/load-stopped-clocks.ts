import 'server-only';
import { caseExtensionDays, stepExtensionDays } from './case-due-dates';
import { isProvisionalDue, type Clock } from './clock-settings';
import { dueDate, stepDueDate } from './due-date';
import { stoppedClock, type StoppedClock } from './stopped-clock';
import { Prisma } from '@/generated/prisma/client';
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
  // One statement in SQL, the pauses, extensions and open steps as JSON arrays, rather than Prisma's
  // one query per relation: the inbox, the board and 我的申请 call this on every page that shows a
  // suspended case. Times as epoch milliseconds: JSON has no dates, and the columns hold UTC.
  const ms = (column: string) => Prisma.raw(`(extract(epoch FROM ${column}) * 1000)::float8`);
  const rows = await db.$queryRaw<{ id: string; acceptedAt: Date; promisedLimitDays: number; pauses: string; extensions: string; tasks: string }[]>`
    SELECT a.id, a."acceptedAt", v."promisedLimitDays",
      (SELECT COALESCE(json_agg(json_build_object('s', ${ms('s."startedAt"')}, 'x', ${ms('s."expectedEndAt"')}, 'e', ${ms('s."endedAt"')}) ORDER BY s."startedAt"), '[]')
        FROM "Suspension" s WHERE s."applicationId" = a.id)::text AS pauses,
      (SELECT COALESCE(json_agg(json_build_object('taskId', e."taskId", 'days', e.days)), '[]')
        FROM "Extension" e WHERE e."applicationId" = a.id AND e.status = 'APPROVED')::text AS extensions,
      (SELECT COALESCE(json_agg(json_build_object('id', t.id, 'o', ${ms('t."openedAt"')}, 'limitDays', t."limitDays")), '[]')
        FROM "DepartmentTask" t WHERE t."applicationId" = a.id AND t.status = 'OPEN' AND t."openedAt" IS NOT NULL)::text AS tasks
    FROM "Application" a
    JOIN "ServiceItemVersion" v ON v.id = a."versionId"
    WHERE a.id IN (${Prisma.join([...applicationIds])}) AND a.status = 'SUSPENDED' AND a."acceptedAt" IS NOT NULL`;
  const date = (n: number | null) => (n === null ? null : new Date(n));
  const cases = rows.map((r) => ({
    id: r.id,
    acceptedAt: r.acceptedAt,
    version: { promisedLimitDays: r.promisedLimitDays },
    suspensions: (JSON.parse(r.pauses) as { s: number; x: number | null; e: number | null }[]).map((p) => ({
      startedAt: new Date(p.s),
      expectedEndAt: date(p.x),
      endedAt: date(p.e),
    })),
    extensions: JSON.parse(r.extensions) as { taskId: string | null; days: number }[],
    tasks: (JSON.parse(r.tasks) as { id: string; o: number; limitDays: number }[]).map((t) => ({ id: t.id, openedAt: new Date(t.o), limitDays: t.limitDays })),
  }));
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
