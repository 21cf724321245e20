import 'server-only';
import { type Actor, assertRole, DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { setTaskAssignee } from './set-task-assignee';
import { claimTaskSchema, type ClaimTaskInput } from './schemas';

/**
 * A reviewer takes an open task of their department. The lock the form saw is
 * part of the update: of two colleagues claiming at once, one gets it and the
 * other is told the task changed.
 */
export async function claimTask(actor: Actor, input: ClaimTaskInput) {
  assertRole(actor, DEPARTMENT_ROLES, 'department');
  const data = claimTaskSchema.parse(input);
  const task = await db.departmentTask.findFirst({
    where: { id: data.taskId, departmentId: actor.departmentId },
    select: { id: true, applicationId: true, status: true, assigneeId: true },
  });
  if (!task) throw new AppError('NOT_FOUND');
  if (task.status !== 'OPEN') throw new AppError('INVALID_TRANSITION', { status: task.status });

  return db.$transaction(async (tx) => {
    await setTaskAssignee(tx, { task, assigneeId: actor.id, lock: data.lock, actor, action: 'claim-task' });
    return { taskId: task.id };
  });
}
