import 'server-only';
import { type Actor, assertRole, DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { stepExtensionDays } from '@/lib/clock/case-due-dates';
import { isProvisionalDue, loadClock } from '@/lib/clock/clock-settings';
import { loadStoppedClocks, type StoppedClocks } from '@/lib/clock/load-stopped-clocks';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { keysetResult, parseKeyset, type KeysetPage } from '@/lib/paging';
import { deadlineWarning } from '@/lib/clock/classify-warning';
import type { TaskFilter } from './schemas';
import type { ApplicationStatus, ExtensionStatus, SuspensionKind, TaskStatus } from '@/generated/prisma/enums';
import { withJsonDates } from '@/lib/sql-json';

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
  const after = !cursor
    ? {}
    : done
      ? { OR: [{ decidedAt: { lt: cursor.at } }, { decidedAt: cursor.at, id: { lt: cursor.id } }] }
      : { OR: [{ dueAt: { gt: cursor.at } }, { dueAt: cursor.at, id: { gt: cursor.id } }, { dueAt: null }] };
  const rows = await db.departmentTask.findMany({
    where: {
      departmentId: actor.departmentId,
      status: done ? { in: ['APPROVED', 'DENIED', 'CANCELLED'] } : 'OPEN',
      AND: [
        filter.status === 'MINE' ? { assigneeId: actor.id } : {},
        filter.status === 'DUE_SOON' ? { dueAt: { gte: now } } : {},
        filter.status === 'OVERDUE' ? { dueAt: { lt: now } } : {},
        after,
      ],
    },
    orderBy: done ? [{ decidedAt: 'desc' }, { id: 'desc' }] : [{ dueAt: 'asc' }, { id: 'asc' }],
    take: take + 1,
    select: {
      id: true,
      stageName: true,
      status: true,
      dueAt: true,
      openedAt: true,
      decidedAt: true,
      limitDays: true,
      lock: true,
      assignee: { select: { id: true, name: true } },
      extensions: { where: { status: 'APPROVED' }, select: { taskId: true, days: true } },
      application: { select: { id: true, status: true, receiptNumber: true, applicantName: true, version: { select: { name: true } } } },
    },
  });
  const result = keysetResult(rows, take, (t) => (done ? t.decidedAt : t.dueAt));
  const clock = await loadClock();
  const suspended = [...new Set(result.rows.filter((r) => r.application.status === 'SUSPENDED').map((r) => r.application.id))];
  const stopped = done ? new Map<string, StoppedClocks>() : await loadStoppedClocks(suspended, clock);
  const tasks = result.rows.map(({ application, extensions, ...t }) => {
    const open = t.status === 'OPEN' && t.dueAt !== null;
    const stop = stopped.get(application.id)?.steps.get(t.id) ?? null;
    return {
      ...t,
      receiptNumber: application.receiptNumber,
      applicantName: application.applicantName,
      itemName: application.version.name,
      // The board's colour, by the board's rule.
      warning: open ? deadlineWarning(clock, { now, due: t.dueAt!, limitDays: t.limitDays + stepExtensionDays(extensions, t.id) }) : null,
      provisional: open && isProvisionalDue(clock, t.dueAt),
      stopped: stop,
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
    SELECT t.id, t."applicationId", t."stageName", t."stageSort", t.status, t."dueAt", t.opinion, t.lock, a.status AS "applicationStatus",
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
