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

/** One task of the actor's department with its application; NOT_FOUND for other departments. */
export async function getDepartmentTask(actor: Actor, taskId: string) {
  assertRole(actor, DEPARTMENT_ROLES, 'department');
  const task = await db.departmentTask.findFirst({
    // Only a task that was opened (a waiting task cancelled by a denial never was): docs/security.md V8.
    where: { id: taskId, departmentId: actor.departmentId, openedAt: { not: null } },
    select: {
      id: true,
      applicationId: true,
      stageName: true,
      stageSort: true,
      status: true,
      dueAt: true,
      opinion: true,
      lock: true,
      assignee: { select: { id: true, name: true } },
      suspensions: { orderBy: { startedAt: 'desc' }, select: { id: true, kind: true, reason: true, startedAt: true, expectedEndAt: true, endedAt: true } },
      extensions: { orderBy: { requestedAt: 'desc' }, select: { id: true, days: true, reason: true, status: true, requestedAt: true, decidedAt: true } },
      application: { select: { status: true } },
    },
  });
  if (!task) throw new AppError('NOT_FOUND');
  // The other departments of the same stage: their state and opinions (联合审查).
  const siblings = await db.departmentTask.findMany({
    where: { applicationId: task.applicationId, stageSort: task.stageSort, id: { not: task.id } },
    orderBy: { department: { name: 'asc' } },
    select: { id: true, status: true, opinion: true, decidedAt: true, department: { select: { name: true, region: { select: { name: true } } } } },
  });
  const colleagues =
    actor.role === 'DEPT_HEAD'
      ? await db.user.findMany({
          where: { departmentId: actor.departmentId, role: { in: ['REVIEWER', 'DEPT_HEAD'] }, active: true },
          orderBy: { name: 'asc' },
          select: { id: true, name: true },
        })
      : [];
  return {
    ...task,
    siblings: siblings.map(({ department, ...s }) => ({ ...s, departmentName: `${department.region.name}${department.name}` })),
    colleagues,
  };
}
