import 'server-only';
import { type Actor, assertRole, DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { isProvisionalDue, loadClock } from '@/lib/clock/clock-settings';
import { loadStoppedClocks, type StoppedClocks } from '@/lib/clock/load-stopped-clocks';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { keysetResult, parseKeyset, type KeysetPage } from '@/lib/paging';
import { deadlineWarning } from '@/lib/clock/classify-warning';
import type { TaskFilter } from './schemas';
import type { ApplicationStatus, ExtensionStatus, SuspensionKind, TaskStatus, Warning } from '@/generated/prisma/enums';
import { withJsonDates } from '@/lib/sql-json';

type Row = {
  id: string;
  stageName: string;
  status: TaskStatus;
  dueAt: Date | null;
  openedAt: Date | null;
  decidedAt: Date | null;
  limitDays: number;
  lock: number;
  assigneeId: string | null;
  assigneeName: string | null;
  extensionDays: number;
  applicationId: string;
  applicationStatus: ApplicationStatus;
  receiptNumber: string | null;
  applicantName: string;
  itemName: string;
};

// Timestamps are stored as UTC without a zone; an ISO string cast to timestamp compares as stored.
const ts = (d: Date) => Prisma.sql`${d.toISOString()}::timestamp`;

/**
 * A department's inbox: only its own tasks, open ones first by due date.
 * MINE: claimed by or assigned to the actor; DUE_SOON: yellow (the board's
 * warning threshold, not a number of calendar days); OVERDUE: past due (red).
 * Each open task carries its warning level, decided by the board's own rule
 * (deadlineWarning), whether its due date is provisional, and, while its case
 * is suspended, its stopped clock. One page at a time: (dueAt, id) keyset for
 * open tasks, (decidedAt desc, id desc) for done ones; a page ending on a task
 * without that date is the last.
 */
export async function listDepartmentTasksPage(actor: Actor, filter: { status?: TaskFilter } = {}, page: KeysetPage = {}, now = new Date()) {
  assertRole(actor, DEPARTMENT_ROLES, 'department');
  const done = filter.status === 'DONE';
  const take = page.take ?? 20;
  const cursor = parseKeyset(page.after);
  const where = [
    Prisma.sql`t."departmentId" = ${actor.departmentId}`,
    // Literal statuses: PostgreSQL then uses the partial indexes of open steps.
    done ? Prisma.sql`t.status IN ('APPROVED', 'DENIED', 'CANCELLED')` : Prisma.sql`t.status = 'OPEN'`,
  ];
  if (filter.status === 'MINE') where.push(Prisma.sql`t."assigneeId" = ${actor.id}`);
  if (filter.status === 'DUE_SOON') where.push(Prisma.sql`t."dueAt" >= ${ts(now)}`);
  if (filter.status === 'OVERDUE') where.push(Prisma.sql`t."dueAt" < ${ts(now)}`);
  // After the cursor; open steps without a due date sort last (ASC puts NULL last), so they follow any cursor.
  if (cursor) {
    where.push(
      done
        ? Prisma.sql`(t."decidedAt", t.id) < (${ts(cursor.at)}, ${cursor.id})`
        : Prisma.sql`((t."dueAt", t.id) > (${ts(cursor.at)}, ${cursor.id}) OR t."dueAt" IS NULL)`,
    );
  }
  // One statement in SQL rather than Prisma's one query per relation (assignee, extensions, case, item):
  // the inbox is a reviewer's most visited page (docs/performance.md, "Inbox pages in fewer queries").
  // The page is chosen first (index on departmentId, status, dueAt), then joined: the rest is read for its rows only.
  const order = done ? Prisma.sql`t."decidedAt" DESC, t.id DESC` : Prisma.sql`t."dueAt", t.id`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT t.id, t."stageName", t.status::text AS status, t."dueAt", t."openedAt", t."decidedAt", t."limitDays", t.lock,
      t."assigneeId", u.name AS "assigneeName",
      COALESCE((SELECT sum(e.days) FROM "Extension" e WHERE e."taskId" = t.id AND e.status = 'APPROVED'), 0)::float8 AS "extensionDays",
      a.id AS "applicationId", a.status::text AS "applicationStatus", a."receiptNumber", a."applicantName", v.name AS "itemName"
    FROM (SELECT t.* FROM "DepartmentTask" t WHERE ${Prisma.join(where, ' AND ')} ORDER BY ${order} LIMIT ${take + 1}) t
    JOIN "Application" a ON a.id = t."applicationId"
    JOIN "ServiceItemVersion" v ON v.id = a."versionId"
    LEFT JOIN "User" u ON u.id = t."assigneeId"
    ORDER BY ${order}`;
  const result = keysetResult(rows, take, (t) => (done ? t.decidedAt : t.dueAt));
  const clock = await loadClock();
  const suspended = [...new Set(result.rows.filter((r) => r.applicationStatus === 'SUSPENDED').map((r) => r.applicationId))];
  const stopped = done ? new Map<string, StoppedClocks>() : await loadStoppedClocks(suspended, clock);
  const tasks = result.rows.map(({ applicationId, applicationStatus: _status, extensionDays, assigneeId, assigneeName, ...t }) => {
    const open = t.status === 'OPEN' && t.dueAt !== null;
    return {
      ...t,
      assignee: assigneeId === null ? null : { id: assigneeId, name: assigneeName! },
      // The board's colour, by the board's rule.
      warning: open ? deadlineWarning(clock, { now, due: t.dueAt!, limitDays: t.limitDays + extensionDays }) : null,
      provisional: open && isProvisionalDue(clock, t.dueAt),
      stopped: stopped.get(applicationId)?.steps.get(t.id) ?? null,
    };
  });
  // Yellow is decided by the warning rule, not by SQL: the earliest due first, the yellow ones kept
  // (a page may then hold fewer rows; the cursor still moves by the rows read).
  return { next: result.next, rows: filter.status === 'DUE_SOON' ? tasks.filter((t) => t.warning === 'YELLOW') : tasks };
}

/** The first 100 of a department's inbox in one list (what the page showed before it was paged). */
export async function listDepartmentTasks(actor: Actor, filter: { status?: TaskFilter } = {}, now = new Date()) {
  return (await listDepartmentTasksPage(actor, filter, { take: 100 }, now)).rows;
}

type TaskRow = {
  id: string;
  applicationId: string;
  stageName: string;
  stageSort: number;
  status: TaskStatus;
  dueAt: Date | null;
  warning: Warning;
  opinion: string | null;
  lock: number;
  applicationStatus: ApplicationStatus;
  // Relations as JSON arrays of the same statement (dates as text: sql-json.ts).
  assignee: { id: string; name: string } | null;
  suspensions: { id: string; kind: SuspensionKind; reason: string; startedAt: string; expectedEndAt: string | null; endedAt: string | null }[];
  extensions: { id: string; days: number; reason: string; status: ExtensionStatus; requestedAt: string; decidedAt: string | null }[];
  siblings: { id: string; status: TaskStatus; opinion: string | null; decidedAt: string | null; departmentName: string }[];
  colleagues: { id: string; name: string }[];
};

/**
 * One task of the actor's department with its application; NOT_FOUND for other departments.
 * One statement for the task, its clock, the other departments of its stage and (for the head)
 * the colleagues it may be assigned to: the task page's hot read, nine Prisma queries before.
 */
export async function getDepartmentTask(actor: Actor, taskId: string) {
  assertRole(actor, DEPARTMENT_ROLES, 'department');
  const [task] = await db.$queryRaw<TaskRow[]>`
    SELECT t.id, t."applicationId", t."stageName", t."stageSort", t.status, t."dueAt", t.warning::text AS warning, t.opinion, t.lock,
      a.status AS "applicationStatus",
      (SELECT json_build_object('id', u.id, 'name', u.name) FROM "User" u WHERE u.id = t."assigneeId") AS assignee,
      (SELECT coalesce(json_agg(json_build_object('id', s.id, 'kind', s.kind, 'reason', s.reason, 'startedAt', s."startedAt",
          'expectedEndAt', s."expectedEndAt", 'endedAt', s."endedAt") ORDER BY s."startedAt" DESC), '[]')
        FROM "Suspension" s WHERE s."taskId" = t.id) AS suspensions,
      (SELECT coalesce(json_agg(json_build_object('id', e.id, 'days', e.days, 'reason', e.reason, 'status', e.status,
          'requestedAt', e."requestedAt", 'decidedAt', e."decidedAt") ORDER BY e."requestedAt" DESC), '[]')
        FROM "Extension" e WHERE e."taskId" = t.id) AS extensions,
      -- The other departments of the same stage: their state and opinions (联合审查).
      (SELECT coalesce(json_agg(json_build_object('id', o.id, 'status', o.status, 'opinion', o.opinion, 'decidedAt', o."decidedAt",
          'departmentName', r.name || d.name) ORDER BY d.name), '[]')
        FROM "DepartmentTask" o JOIN "Department" d ON d.id = o."departmentId" JOIN "Region" r ON r.id = d."regionId"
        WHERE o."applicationId" = t."applicationId" AND o."stageSort" = t."stageSort" AND o.id <> t.id) AS siblings,
      (SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY c.name), '[]')
        FROM "User" c
        WHERE ${actor.role === 'DEPT_HEAD'}::boolean AND c."departmentId" = t."departmentId" AND c.role IN ('REVIEWER', 'DEPT_HEAD') AND c.active) AS colleagues
    FROM "DepartmentTask" t JOIN "Application" a ON a.id = t."applicationId"
    -- Only a task that was opened (a waiting task cancelled by a denial never was): docs/security.md V8.
    WHERE t.id = ${taskId} AND t."departmentId" = ${actor.departmentId} AND t."openedAt" IS NOT NULL`;
  if (!task) throw new AppError('NOT_FOUND');
  const { applicationStatus, suspensions, extensions, siblings, ...rest } = task;
  return {
    ...rest,
    application: { status: applicationStatus },
    suspensions: suspensions.map((s) => withJsonDates(s, 'startedAt', 'expectedEndAt', 'endedAt')),
    extensions: extensions.map((e) => withJsonDates(e, 'requestedAt', 'decidedAt')),
    siblings: siblings.map((s) => withJsonDates(s, 'decidedAt')),
  };
}
