import 'server-only';
import { Prisma } from '@/generated/prisma/client';
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

/** Puts rows loaded by id back into the order of the ids. */
function inOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
}

/**
 * The supervisor's board: open cases (against their promised due date) or open
 * steps (against their own), the least time left first, so red rows lead and
 * yellow follow. The colour shown is computed now; the level filter takes red
 * from the due date and yellow from the colour the warning job stored.
 */
export async function listSupervisionBoard(actor: Actor, filter: BoardFilter, now = new Date()) {
  assertRole(actor, ['SUPERVISOR']);
  const clock = await loadClock();
  const cursor = cursorOf(filter.after);

  if (filter.kind === 'step') {
    const where = pageWhere(filter, cursor, now, {
      due: Prisma.sql`t."dueAt"`,
      row: Prisma.sql`t.id`,
      warning: Prisma.sql`t.warning`,
      started: Prisma.sql`t."openedAt"`,
    });
    where.push(Prisma.sql`t.status = 'OPEN'`);
    if (filter.departmentId) where.push(Prisma.sql`t."departmentId" = ${filter.departmentId}`);
    const ids = (
      await db.$queryRaw<{ id: string }[]>`
        SELECT t.id FROM "DepartmentTask" t JOIN "Application" a ON a.id = t."applicationId"
        WHERE ${Prisma.join(where, ' AND ')}
        ORDER BY t."dueAt", t.id LIMIT ${PAGE + 1}`
    ).map((r) => r.id);
    const tasks = inOrder(
      ids,
      await db.departmentTask.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          stageName: true,
          dueAt: true,
          openedAt: true,
          limitDays: true,
          applicationId: true,
          extensions: { where: { status: 'APPROVED' }, select: { days: true } },
          department: { select: { name: true } },
          application: { select: { receiptNumber: true, status: true, version: { select: { name: true } } } },
        },
      }),
    );
    const stoppedStep = await loadStoppedClocks([...new Set(tasks.filter((t) => t.application.status === 'SUSPENDED').map((t) => t.applicationId))], clock);
    const rows = tasks.slice(0, PAGE).map((t) => ({
      id: t.id,
      applicationId: t.applicationId,
      receiptNumber: t.application.receiptNumber,
      itemName: t.application.version.name,
      stageName: t.stageName,
      department: t.department.name,
      status: t.application.status,
      startedAt: t.openedAt,
      dueAt: t.dueAt!,
      warning: deadlineWarning(clock, { now, due: t.dueAt!, limitDays: t.limitDays + t.extensions.reduce((sum, e) => sum + e.days, 0) }),
      remainingDays: remainingWorkingDays({ now, due: t.dueAt!, calendar: clock.calendar, hours: clock.hours }),
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
  const ids = (
    await db.$queryRaw<{ id: string }[]>`
      SELECT a.id FROM "Application" a
      WHERE ${Prisma.join(where, ' AND ')}
      ORDER BY a."promisedDueAt", a.id LIMIT ${PAGE + 1}`
  ).map((r) => r.id);
  const apps = inOrder(
    ids,
    await db.application.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        receiptNumber: true,
        status: true,
        acceptedAt: true,
        promisedDueAt: true,
        statutoryDueAt: true,
        window: { select: { name: true } },
        version: { select: { name: true, promisedLimitDays: true, statutoryLimitDays: true, department: { select: { name: true } } } },
        // Every approved extension moves the case's due dates, whichever step asked for it.
        extensions: { where: { status: 'APPROVED' }, select: { days: true } },
        tasks: { where: { status: 'OPEN' }, select: { department: { select: { name: true } } } },
      },
    }),
  );
  const stoppedCase = await loadStoppedClocks(
    apps.filter((a) => a.status === 'SUSPENDED').map((a) => a.id),
    clock,
  );
  const rows = apps.slice(0, PAGE).map((a) => {
    const warning = caseWarning(clock, {
      now,
      promisedDueAt: a.promisedDueAt!,
      statutoryDueAt: a.statutoryDueAt,
      promisedLimitDays: a.version.promisedLimitDays,
      statutoryLimitDays: a.version.statutoryLimitDays,
      extensionDays: a.extensions.reduce((sum, e) => sum + e.days, 0),
    });
    return {
      id: a.id,
      applicationId: a.id,
      receiptNumber: a.receiptNumber,
      itemName: a.version.name,
      stageName: null,
      department: a.tasks.length ? a.tasks.map((t) => t.department.name).join('、') : a.version.department.name,
      window: a.window?.name ?? null,
      status: a.status,
      startedAt: a.acceptedAt,
      dueAt: a.promisedDueAt!,
      statutoryDueAt: a.statutoryDueAt,
      warning: warning.level,
      remainingDays: remainingWorkingDays({ now, due: warning.due, calendar: clock.calendar, hours: clock.hours }),
      provisional: isProvisionalDue(clock, a.promisedDueAt),
      stopped: stoppedCase.get(a.id)?.case ?? null,
    };
  });
  const last = rows.at(-1);
  return { kind: 'case' as const, rows, next: apps.length > PAGE && last ? `${last.dueAt.toISOString()}_${last.id}` : null };
}
