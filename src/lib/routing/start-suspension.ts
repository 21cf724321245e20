import 'server-only';
import { type Actor, assertRole, DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { lockApplication, transitionApplication } from '@/lib/applications/transition';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { startSuspensionSchema, type StartSuspensionInput } from './schemas';

/**
 * Stops the clock on a case under review (art. 45 special procedures, or a
 * request to the applicant for more material): the application is SUSPENDED
 * until the procedure ends, and the applicant is told why.
 */
export async function startSuspension(actor: Actor, input: StartSuspensionInput, now = new Date()) {
  assertRole(actor, DEPARTMENT_ROLES, 'department');
  const data = startSuspensionSchema.parse(input);
  const expectedEndAt = data.expectedEndAt instanceof Date ? data.expectedEndAt : null;
  if (expectedEndAt && expectedEndAt <= now) throw new AppError('INVALID_INPUT', { fieldErrors: { expectedEndAt: ['invalid'] } });
  const task = await db.departmentTask.findFirst({
    where: { id: data.taskId, departmentId: actor.departmentId, status: 'OPEN' },
    select: { id: true, applicationId: true, application: { select: { applicantId: true, version: { select: { name: true } } } } },
  });
  if (!task) throw new AppError('NOT_FOUND');

  return db.$transaction(async (tx) => {
    await lockApplication(tx, task.applicationId);
    const suspension = await tx.suspension.create({
      data: { applicationId: task.applicationId, taskId: task.id, kind: data.kind, reason: data.reason, startedAt: now, expectedEndAt, startedById: actor.id },
      select: { id: true },
    });
    await transitionApplication(tx, {
      applicationId: task.applicationId,
      from: ['IN_REVIEW'],
      to: 'SUSPENDED',
      actor,
      action: data.kind === 'AWAITING_APPLICANT' ? 'request-material' : 'start-procedure',
      reason: data.reason,
      data: { suspensionId: suspension.id, kind: data.kind, taskId: task.id, expectedEndAt: expectedEndAt?.toISOString() ?? null },
    });
    await enqueueMessage(tx, {
      recipientId: task.application.applicantId,
      message:
        data.kind === 'AWAITING_APPLICANT'
          ? { key: 'materialRequested', values: { item: task.application.version.name, reason: data.reason } }
          : { key: 'procedureStarted', values: { item: task.application.version.name, kind: data.kind, reason: data.reason } },
      link: `/me/applications/${task.applicationId}`,
      // Applicant-visible: also by e-mail / SMS where the applicant has an address on file.
      external: ['EMAIL', 'SMS'],
    });
    return suspension;
  });
}
