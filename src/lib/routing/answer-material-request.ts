import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { lockApplication } from '@/lib/applications/transition';
import { loadClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { closeSuspension } from './close-suspension';
import { answerMaterialRequestSchema, type AnswerMaterialRequestInput } from './schemas';
import { requireLooseFiles } from '@/lib/files/require-loose-files';

/**
 * The applicant answers a department's request for more material during
 * review: the files become a new material of the case (so the reviewer finds
 * them with the others), the request's suspension ends — the clock restarts
 * and the due dates move by the working days it stood still — and the
 * reviewer is told.
 */
export async function answerMaterialRequest(actor: Actor, input: AnswerMaterialRequestInput, now = new Date()) {
  assertRole(actor, ['APPLICANT']);
  const data = answerMaterialRequestSchema.parse(input);
  const suspension = await db.suspension.findFirst({
    where: { id: data.suspensionId, kind: 'AWAITING_APPLICANT', application: { applicantId: actor.id } },
    select: {
      id: true,
      applicationId: true,
      kind: true,
      reason: true,
      startedAt: true,
      endedAt: true,
      task: { select: { id: true, assigneeId: true, departmentId: true } },
      application: { select: { applicantId: true, version: { select: { name: true } } } },
    },
  });
  if (!suspension) throw new AppError('NOT_FOUND');
  if (suspension.endedAt) throw new AppError('INVALID_TRANSITION', { status: 'ANSWERED' });
  if (data.fileIds.length === 0) throw new AppError('INVALID_INPUT', { fieldErrors: { files: ['materialRequired'] } });
  await requireLooseFiles(actor, data.fileIds);
  const clock = await loadClock();
  const end = now < suspension.startedAt ? suspension.startedAt : now;
  const itemName = suspension.application.version.name;

  return db.$transaction(async (tx) => {
    await lockApplication(tx, suspension.applicationId);
    const material = await tx.applicationMaterial.create({
      data: {
        applicationId: suspension.applicationId,
        name: `补充材料：${suspension.reason.slice(0, 60)}`,
        status: 'PROVIDED',
        files: { connect: data.fileIds.map((id) => ({ id })) },
      },
      select: { id: true },
    });
    const result = await closeSuspension(tx, {
      suspension: { id: suspension.id, applicationId: suspension.applicationId, kind: suspension.kind, applicantId: actor.id, itemName },
      actor,
      action: 'answer-material-request',
      note: data.note || null,
      clock,
      end,
    });
    // The assignee if the task has one, else everyone who may pick it up in the department.
    const task = suspension.task;
    const recipients = task?.assigneeId
      ? [{ id: task.assigneeId }]
      : task
        ? await tx.user.findMany({ where: { departmentId: task.departmentId, role: { in: ['REVIEWER', 'DEPT_HEAD'] }, active: true }, select: { id: true } })
        : [];
    for (const r of recipients) {
      await enqueueMessage(tx, {
        recipientId: r.id,
        message: data.note
          ? { key: 'materialSuppliedWithNote', values: { item: itemName, count: new Set(data.fileIds).size, note: data.note.slice(0, 200) } }
          : { key: 'materialSupplied', values: { item: itemName, count: new Set(data.fileIds).size } },
        link: task ? `/review/tasks/${task.id}` : undefined,
      });
    }
    return { materialId: material.id, ...result };
  });
}
