import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { publishComplaint } from '@/lib/events/publish-side-events';
import { answerComplaintSchema, type AnswerComplaintInput } from './schemas';

/** A supervisor records the outcome of a complaint; the complainant is told and sees the answer. */
export async function answerComplaint(actor: Actor, input: AnswerComplaintInput, now = new Date()) {
  assertRole(actor, ['SUPERVISOR']);
  const data = answerComplaintSchema.parse(input);
  return db.$transaction(async (tx) => {
    const complaint = await tx.complaint.findUnique({
      where: { id: data.complaintId },
      select: { id: true, status: true, complainantId: true, applicationId: true, assigneeId: true },
    });
    if (!complaint) throw new AppError('NOT_FOUND');
    const { count } = await tx.complaint.updateMany({
      where: { id: complaint.id, status: { not: 'ANSWERED' } },
      data: { status: 'ANSWERED', answer: data.answer, answeredAt: now, assigneeId: complaint.assigneeId ?? actor.id },
    });
    if (count !== 1) throw new AppError('INVALID_TRANSITION');
    await recordAudit(tx, {
      actor,
      entity: 'Complaint',
      entityId: complaint.id,
      action: 'answer-complaint',
      from: complaint.status,
      to: 'ANSWERED',
      data: { applicationId: complaint.applicationId },
    });
    await enqueueMessage(tx, { recipientId: complaint.complainantId, message: { key: 'complaintAnswered' }, link: '/me/complaints' });
    await publishComplaint(tx, 'cn.yichuang.complaint.answered', complaint.id);
    return { id: complaint.id };
  });
}
