import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { setTaskAssignee } from './set-task-assignee';
import { assignTaskSchema, type AssignTaskInput } from './schemas';

/** The department head hands an open task to a colleague of the same department. */
export async function assignTask(actor: Actor, input: AssignTaskInput) {
  assertRole(actor, ['DEPT_HEAD'], 'department');
  const data = assignTaskSchema.parse(input);
  const [task, assignee] = await Promise.all([
    db.departmentTask.findFirst({
      where: { id: data.taskId, departmentId: actor.departmentId },
      select: { id: true, applicationId: true, status: true, stageName: true, assigneeId: true },
    }),
    db.user.findFirst({
      where: { id: data.assigneeId, departmentId: actor.departmentId, role: { in: ['REVIEWER', 'DEPT_HEAD'] }, active: true },
      select: { id: true },
    }),
  ]);
  if (!task) throw new AppError('NOT_FOUND');
  if (!assignee) throw new AppError('INVALID_INPUT', { fieldErrors: { assigneeId: ['invalid'] } });
  if (task.status !== 'OPEN') throw new AppError('INVALID_TRANSITION', { status: task.status });

  return db.$transaction(async (tx) => {
    await setTaskAssignee(tx, { task, assigneeId: assignee.id, lock: data.lock, actor, action: 'assign-task' });
    if (assignee.id !== actor.id) {
      await enqueueMessage(tx, {
        recipientId: assignee.id,
        message: { key: 'taskAssigned', values: { stage: task.stageName } },
        link: `/review/tasks/${task.id}`,
      });
    }
    return { taskId: task.id };
  });
}
