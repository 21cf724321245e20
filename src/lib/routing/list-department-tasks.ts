import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** A department's inbox: only its own tasks, open ones first by due date. */
export async function listDepartmentTasks(actor: Actor, filter: { status?: 'OPEN' | 'DONE' } = {}) {
  if (!DEPARTMENT_ROLES.includes(actor.role) || !actor.departmentId) throw new AppError('NOT_FOUND');
  const done = filter.status === 'DONE';
  const rows = await db.departmentTask.findMany({
    where: {
      departmentId: actor.departmentId,
      status: done ? { in: ['APPROVED', 'DENIED', 'CANCELLED'] } : 'OPEN',
    },
    orderBy: done ? { decidedAt: 'desc' } : { dueAt: 'asc' },
    take: 100,
    select: {
      id: true,
      stageName: true,
      status: true,
      dueAt: true,
      openedAt: true,
      decidedAt: true,
      application: { select: { receiptNumber: true, applicantName: true, version: { select: { name: true } } } },
    },
  });
  return rows.map(({ application, ...t }) => ({
    ...t,
    receiptNumber: application.receiptNumber,
    applicantName: application.applicantName,
    itemName: application.version.name,
  }));
}

/** One task of the actor's department with its application; NOT_FOUND for other departments. */
export async function getDepartmentTask(actor: Actor, taskId: string) {
  if (!DEPARTMENT_ROLES.includes(actor.role) || !actor.departmentId) throw new AppError('NOT_FOUND');
  const task = await db.departmentTask.findFirst({
    where: { id: taskId, departmentId: actor.departmentId, status: { not: 'WAITING' } },
    select: { id: true, applicationId: true, stageName: true, stageSort: true, status: true, dueAt: true, opinion: true, lock: true },
  });
  if (!task) throw new AppError('NOT_FOUND');
  return task;
}
