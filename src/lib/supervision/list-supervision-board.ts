import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { ApplicationStatus } from '@/generated/prisma/enums';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { atShanghai, addCalendarDays } from '@/lib/clock/calendar';
import { isProvisionalDue, loadClock } from '@/lib/clock/clock-settings';
import { loadStoppedClocks } from '@/lib/clock/load-stopped-clocks';
import { remainingWorkingDays } from '@/lib/clock/due-date';
import { db } from '@/lib/db';
import { caseWarning, deadlineWarning } from '@/lib/clock/classify-warning';
import type { BoardFilter } from './schemas';

// 20 a page, as every working list: a longer page weighed over 60 KB (docs/performance.md).
const PAGE = 20;

function cursorOf(after: string | undefined): { dueAt: Date; id: string } | null {
  const m = after?.match(/^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)_([\w-]+)$/);
  if (!m) return null;
  const dueAt = new Date(m[1]);
  return Number.isNaN(dueAt.getTime()) ? null : { dueAt, id: m[2] };
}

// Timestamps are stored as UTC without a zone; an ISO string cast to timestamp compares as stored.
const ts = (d: Date) => Prisma.sql`${d.toISOString()}::timestamp`;

/*
 * The rows of a page are chosen in SQL written here rather than by Prisma: the
 * statuses must be literals for PostgreSQL to use the partial indexes of open
 * cases and steps (migration hall_queue_statistics_rollup_indexes), which Prisma's casts
 * of enum parameters prevent; then it reads them in due order and stops at the
 * page's end instead of sorting every open case.
 */
function pageWhere(
  filter: BoardFilter,
  cursor: { dueAt: Date; id: string } | null,
  now: Date,
  { due, row, warning, started, statutoryDue }: { due: Prisma.Sql; row: Prisma.Sql; warning: Prisma.Sql; started: Prisma.Sql; statutoryDue?: Prisma.Sql },
) {
  const where: Prisma.Sql[] = [Prisma.sql`a.status IN ('ACCEPTED', 'IN_REVIEW', 'SUSPENDED')`, Prisma.sql`${due} IS NOT NULL`];
  if (filter.windowId) where.push(Prisma.sql`a."windowId" = ${filter.windowId}`);
  if (filter.itemId) where.push(Prisma.sql`a."versionId" IN (SELECT id FROM "ServiceItemVersion" WHERE "itemId" = ${filter.itemId})`);
  if (filter.handlingClass) {
    where.push(Prisma.sql`a."versionId" IN (SELECT id FROM "ServiceItemVersion" WHERE "handlingClass"::text = ${filter.handlingClass})`);
  }
  // Red is exact in SQL (past due now); yellow and green come from the colour the job stored.
  // A case is late when either of its due dates has passed (the statutory one only before the
  // promised one when the promise exceeds the law, a defect the quality report names).
  const late = statutoryDue ? Prisma.sql`(${due} < ${ts(now)} OR ${statutoryDue} < ${ts(now)})` : Prisma.sql`${due} < ${ts(now)}`;
  const notLate = Prisma.sql`NOT ${late}`;
  if (filter.level === 'RED') where.push(late);
  else if (filter.level === 'YELLOW') where.push(Prisma.sql`${notLate} AND ${warning} = 'YELLOW'`);
  else if (filter.level === 'GREEN') where.push(Prisma.sql`${notLate} AND ${warning} = 'GREEN'`);
  else if (filter.level === 'WARNED') where.push(Prisma.sql`(${late} OR (${notLate} AND ${warning} = 'YELLOW'))`);
  if (filter.from) where.push(Prisma.sql`${started} >= ${ts(atShanghai(filter.from, '00:00'))}`);
  if (filter.to) where.push(Prisma.sql`${started} < ${ts(atShanghai(addCalendarDays(filter.to, 1), '00:00'))}`);
  // Rows after the cursor in (due, id) order: keyset paging stays fast at any depth.
  if (cursor) where.push(Prisma.sql`(${due}, ${row}) > (${ts(cursor.dueAt)}, ${cursor.id})`);
  return where;
}

type StepRow = {
  id: string;
  applicationId: string;
  stageName: string;
  dueAt: Date;
  openedAt: Date | null;
  limitDays: number;
  extensionDays: number;
  department: string;
  receiptNumber: string | null;
  status: ApplicationStatus;
  itemName: string;
};

type CaseRow = {
  id: string;
  receiptNumber: string | null;
  status: ApplicationStatus;
  acceptedAt: Date | null;
  promisedDueAt: Date;
  statutoryDueAt: Date | null;
  itemName: string;
  promisedLimitDays: number;
  statutoryLimitDays: number;
  extensionDays: number;
  department: string;
};

/**
 * The supervisor's board: open cases (against their promised due date) or open
 * steps (against their own), the least time left first, so red rows lead and
 * yellow follow. The colour shown is computed now; the level filter takes red
 * from the due date and yellow from the colour the warning job stored.
 *
 * A page is one query: the inner SELECT picks the page's ids in due order on the
 * partial indexes and stops at the page's end; the outer one joins only those
 * rows to what the board shows. Prisma's relation loading read the same page in
 * seven queries, each compiled on every call (docs/performance.md, "The board").
 * Suspended cases add one query for their stopped clocks.
 */
export async function listSupervisionBoard(actor: Actor, filter: BoardFilter, now = new Date()) {
  assertRole(actor, ['SUPERVISOR']);
  const clock = await loadClock();
  const cursor = cursorOf(filter.after);
  const { calendar, hours } = clock;

  if (filter.kind === 'step') {
    const where = pageWhere(filter, cursor, now, {
      due: Prisma.sql`t."dueAt"`,
      row: Prisma.sql`t.id`,
      warning: Prisma.sql`t.warning`,
      started: Prisma.sql`t."openedAt"`,
    });
    where.push(Prisma.sql`t.status = 'OPEN'`);
    if (filter.departmentId) where.push(Prisma.sql`t."departmentId" = ${filter.departmentId}`);
    const tasks = await db.$queryRaw<StepRow[]>`
      SELECT s.id, s."applicationId", s."stageName", s."dueAt", s."openedAt", s."limitDays", d.name AS department,
        a."receiptNumber", a.status::text AS status, v.name AS "itemName",
        (SELECT COALESCE(SUM(e.days), 0)::int FROM "Extension" e WHERE e."taskId" = s.id AND e.status = 'APPROVED') AS "extensionDays"
      FROM (
        SELECT t.id, t."dueAt" FROM "DepartmentTask" t JOIN "Application" a ON a.id = t."applicationId"
        WHERE ${Prisma.join(where, ' AND ')}
        ORDER BY t."dueAt", t.id LIMIT ${PAGE + 1}
      ) page
      JOIN "DepartmentTask" s ON s.id = page.id
      JOIN "Department" d ON d.id = s."departmentId"
      JOIN "Application" a ON a.id = s."applicationId"
      JOIN "ServiceItemVersion" v ON v.id = a."versionId"
      ORDER BY page."dueAt", page.id`;
    const shown = tasks.slice(0, PAGE);
    const stoppedStep = await loadStoppedClocks([...new Set(shown.filter((t) => t.status === 'SUSPENDED').map((t) => t.applicationId))], clock);
    const rows = shown.map((t) => ({
      id: t.id,
      applicationId: t.applicationId,
      receiptNumber: t.receiptNumber,
      itemName: t.itemName,
      stageName: t.stageName as string | null,
      department: t.department,
      status: t.status,
      startedAt: t.openedAt,
      dueAt: t.dueAt,
      warning: deadlineWarning(clock, { now, due: t.dueAt, limitDays: t.limitDays + t.extensionDays }),
      remainingDays: remainingWorkingDays({ now, due: t.dueAt, calendar, hours }),
      provisional: isProvisionalDue(clock, t.dueAt),
      // While the case is suspended the countdown stands still: what is left when it resumes.
      stopped: stoppedStep.get(t.applicationId)?.steps.get(t.id) ?? null,
    }));
    const last = rows.at(-1);
    return { kind: 'step' as const, rows, next: tasks.length > PAGE && last ? `${last.dueAt.toISOString()}_${last.id}` : null };
  }

  const where = pageWhere(filter, cursor, now, {
    due: Prisma.sql`a."promisedDueAt"`,
    row: Prisma.sql`a.id`,
    warning: Prisma.sql`a.warning`,
    started: Prisma.sql`a."acceptedAt"`,
    statutoryDue: Prisma.sql`a."statutoryDueAt"`,
  });
  if (filter.departmentId) {
    where.push(Prisma.sql`(a."versionId" IN (SELECT id FROM "ServiceItemVersion" WHERE "departmentId" = ${filter.departmentId})
      OR a.id IN (SELECT "applicationId" FROM "DepartmentTask" WHERE "departmentId" = ${filter.departmentId} AND status = 'OPEN'))`);
  }
  // The departments at work are the open steps' (in route order), else the item's own.
  const apps = await db.$queryRaw<CaseRow[]>`
    SELECT c.id, c."receiptNumber", c.status::text AS status, c."acceptedAt", c."promisedDueAt", c."statutoryDueAt",
      v.name AS "itemName", v."promisedLimitDays", v."statutoryLimitDays",
      (SELECT COALESCE(SUM(e.days), 0)::int FROM "Extension" e WHERE e."applicationId" = c.id AND e.status = 'APPROVED') AS "extensionDays",
      COALESCE(
        (SELECT string_agg(td.name, '、' ORDER BY t."stageSort", t.id) FROM "DepartmentTask" t JOIN "Department" td ON td.id = t."departmentId"
          WHERE t."applicationId" = c.id AND t.status = 'OPEN'),
        vd.name
      ) AS department
    FROM (
      SELECT a.id, a."promisedDueAt" FROM "Application" a
      WHERE ${Prisma.join(where, ' AND ')}
      ORDER BY a."promisedDueAt", a.id LIMIT ${PAGE + 1}
    ) page
    JOIN "Application" c ON c.id = page.id
    JOIN "ServiceItemVersion" v ON v.id = c."versionId"
    JOIN "Department" vd ON vd.id = v."departmentId"
    ORDER BY page."promisedDueAt", page.id`;
  const shown = apps.slice(0, PAGE);
  const stoppedCase = await loadStoppedClocks(
    shown.filter((a) => a.status === 'SUSPENDED').map((a) => a.id),
    clock,
  );
  const rows = shown.map((a) => {
    const warning = caseWarning(clock, {
      now,
      promisedDueAt: a.promisedDueAt,
      statutoryDueAt: a.statutoryDueAt,
      promisedLimitDays: a.promisedLimitDays,
      statutoryLimitDays: a.statutoryLimitDays,
      extensionDays: a.extensionDays,
    });
    return {
      id: a.id,
      applicationId: a.id,
      receiptNumber: a.receiptNumber,
      itemName: a.itemName,
      stageName: null,
      department: a.department,
      status: a.status,
      startedAt: a.acceptedAt,
      dueAt: a.promisedDueAt,
      statutoryDueAt: a.statutoryDueAt,
      warning: warning.level,
      remainingDays: remainingWorkingDays({ now, due: warning.due, calendar, hours }),
      provisional: isProvisionalDue(clock, a.promisedDueAt),
      stopped: stoppedCase.get(a.id)?.case ?? null,
    };
  });
  const last = rows.at(-1);
  return { kind: 'case' as const, rows, next: apps.length > PAGE && last ? `${last.dueAt.toISOString()}_${last.id}` : null };
}
