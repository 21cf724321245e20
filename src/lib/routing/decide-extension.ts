import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { lockApplication } from '@/lib/applications/transition';
import { recordAudit } from '@/lib/audit/record-audit';
import { loadClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { maxExtensionDays } from './extension-limit';
import { recomputeDueDates } from './recompute-due-dates';
import { decideExtensionSchema, type DecideExtensionInput } from './schemas';

/**
 * The department head approves or refuses an extension. An approved one moves
 * the case's and the task's due dates by its working days; the applicant is told.
 */
export async function decideExtension(actor: Actor, input: DecideExtensionInput, now = new Date()) {
  assertRole(actor, ['DEPT_HEAD'], 'department');
  const data = decideExtensionSchema.parse(input);
  const extension = await db.extension.findFirst({
    where: { id: data.extensionId, task: { departmentId: actor.departmentId } },
    select: {
      id: true,
      applicationId: true,
      taskId: true,
      days: true,
      requestedById: true,
      application: { select: { applicantId: true, version: { select: { name: true, type: true, handlingClass: true } } } },
    },
  });
  if (!extension) throw new AppError('NOT_FOUND');
  const clock = await loadClock();

  return db.$transaction(async (tx) => {
    await lockApplication(tx, extension.applicationId);
    if (data.outcome === 'APPROVED') {
      const approved = await tx.extension.aggregate({ where: { applicationId: extension.applicationId, status: 'APPROVED' }, _sum: { days: true } });
      if ((approved._sum.days ?? 0) + extension.days > maxExtensionDays(extension.application.version)) {
        throw new AppError('INVALID_INPUT', { fieldErrors: { note: ['tooLong'] } });
      }
    }
    const decided = await tx.extension.updateMany({
      where: { id: extension.id, status: 'REQUESTED' },
      data: { status: data.outcome, decidedById: actor.id, decidedAt: now },
    });
    if (decided.count !== 1) throw new AppError('CONFLICT');
    await recordAudit(tx, {
      actor,
      entity: 'DepartmentTask',
      entityId: extension.taskId ?? extension.applicationId,
      applicationId: extension.applicationId,
      action: data.outcome === 'APPROVED' ? 'approve-extension' : 'refuse-extension',
      reason: data.note || null,
      data: { extensionId: extension.id, days: extension.days },
    });
    await enqueueMessage(tx, {
      recipientId: extension.requestedById,
      message: data.note
        ? { key: 'extensionDecidedWithNote', values: { outcome: data.outcome, note: data.note } }
        : data.outcome === 'APPROVED'
          ? { key: 'extensionApprovedForStaff', values: { days: extension.days } }
          : { key: 'extensionRefusedForStaff' },
      link: extension.taskId ? `/review/tasks/${extension.taskId}` : undefined,
    });
    if (data.outcome === 'APPROVED') {
      await recomputeDueDates(tx, extension.applicationId, clock, now);
      await enqueueMessage(tx, {
        recipientId: extension.application.applicantId,
        message: { key: 'extended', values: { item: extension.application.version.name, days: extension.days } },
        link: `/me/applications/${extension.applicationId}`,
        // Applicant-visible: also by e-mail / SMS where the applicant has an address on file.
        external: ['EMAIL', 'SMS'],
      });
    }
    return { outcome: data.outcome };
  });
}
