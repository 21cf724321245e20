import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Clock } from '@/lib/clock/clock-settings';
import { stepDueDate } from '@/lib/clock/due-date';
import type { Tx } from '@/lib/db';
import { enqueueMessage } from '@/lib/notify/enqueue-message';

/**
 * Opens the tasks of one route stage: the departments of a stage work in
 * parallel (并联审批), each with the stage's own limit from now.
 */
export async function openStage(tx: Tx, args: { applicationId: string; stageSort: number; actor: Actor | null; clock: Clock; now: Date }) {
  const tasks = await tx.departmentTask.findMany({
    where: { applicationId: args.applicationId, stageSort: args.stageSort, status: 'WAITING' },
    select: { id: true, limitDays: true, departmentId: true, stageName: true },
  });
  for (const task of tasks) {
    const due = stepDueDate({ startedAt: args.now, limitDays: task.limitDays, calendar: args.clock.calendar, hours: args.clock.hours, now: args.now });
    await tx.departmentTask.update({
      where: { id: task.id },
      data: { status: 'OPEN', openedAt: args.now, dueAt: due, lock: { increment: 1 } },
    });
    await recordAudit(tx, {
      actor: args.actor,
      entity: 'DepartmentTask',
      entityId: task.id,
      applicationId: args.applicationId,
      action: 'open-task',
      from: 'WAITING',
      to: 'OPEN',
      data: { stage: task.stageName, departmentId: task.departmentId },
    });
    const reviewers = await tx.user.findMany({
      where: { departmentId: task.departmentId, role: { in: ['REVIEWER', 'DEPT_HEAD'] }, active: true },
      select: { id: true },
    });
    for (const reviewer of reviewers) {
      await enqueueMessage(tx, {
        recipientId: reviewer.id,
        message: { key: 'newTask', values: { stage: task.stageName } },
        link: `/review/tasks/${task.id}`,
      });
    }
  }
  await tx.application.update({ where: { id: args.applicationId }, data: { currentStage: args.stageSort } });
  return tasks.length;
}
