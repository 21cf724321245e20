import 'server-only';
import { type Actor, assertRole, DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { recordTaskAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { maxExtensionDays } from './extension-limit';
import { requestExtensionSchema, type RequestExtensionInput } from './schemas';

/** A reviewer asks the department head for more working days on an open task. */
export async function requestExtension(actor: Actor, input: RequestExtensionInput, now = new Date()) {
  assertRole(actor, DEPARTMENT_ROLES, 'department');
  const data = requestExtensionSchema.parse(input);
  const task = await db.departmentTask.findFirst({
    where: { id: data.taskId, departmentId: actor.departmentId, status: 'OPEN' },
    select: {
      id: true,
      applicationId: true,
      stageName: true,
      application: {
        select: {
          version: { select: { type: true, handlingClass: true } },
          extensions: { where: { status: { in: ['REQUESTED', 'APPROVED'] } }, select: { days: true } },
        },
      },
    },
  });
  if (!task) throw new AppError('NOT_FOUND');
  const used = task.application.extensions.reduce((sum, e) => sum + e.days, 0);
  if (used + data.days > maxExtensionDays(task.application.version)) throw new AppError('INVALID_INPUT', { fieldErrors: { days: ['tooLong'] } });

  return db.$transaction(async (tx) => {
    const extension = await tx.extension.create({
      data: { applicationId: task.applicationId, taskId: task.id, days: data.days, reason: data.reason, requestedById: actor.id, requestedAt: now },
      select: { id: true },
    });
    await recordTaskAudit(tx, task, {
      actor,
      action: 'request-extension',
      reason: data.reason,
      data: { extensionId: extension.id, days: data.days },
    });
    const heads = await tx.user.findMany({ where: { departmentId: actor.departmentId!, role: 'DEPT_HEAD', active: true }, select: { id: true } });
    for (const head of heads) {
      await enqueueMessage(tx, {
        recipientId: head.id,
        message: { key: 'extensionRequested', values: { stage: task.stageName, requester: actor.name, days: data.days, reason: data.reason } },
        link: `/review/tasks/${task.id}`,
      });
    }
    return extension;
  });
}
