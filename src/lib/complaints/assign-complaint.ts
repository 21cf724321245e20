import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { assignComplaintSchema, type AssignComplaintInput } from './schemas';

/** A supervisor hands an unanswered complaint to a supervisor (possibly themself) to handle. */
export async function assignComplaint(actor: Actor, input: AssignComplaintInput) {
  assertRole(actor, ['SUPERVISOR']);
  const data = assignComplaintSchema.parse(input);
  const assignee = await db.user.findFirst({ where: { id: data.assigneeId, role: 'SUPERVISOR', active: true }, select: { id: true } });
  if (!assignee) throw new AppError('INVALID_INPUT', { fieldErrors: { assigneeId: ['required'] } });
  return db.$transaction(async (tx) => {
    const complaint = await tx.complaint.findUnique({ where: { id: data.complaintId }, select: { id: true, status: true, applicationId: true } });
    if (!complaint) throw new AppError('NOT_FOUND');
    if (complaint.status === 'ANSWERED') throw new AppError('INVALID_TRANSITION');
    await tx.complaint.update({ where: { id: complaint.id }, data: { status: 'ASSIGNED', assigneeId: assignee.id } });
    await recordAudit(tx, {
      actor,
      entity: 'Complaint',
      entityId: complaint.id,
      action: 'assign-complaint',
      from: complaint.status,
      to: 'ASSIGNED',
      data: { applicationId: complaint.applicationId },
    });
    if (assignee.id !== actor.id) {
      await enqueueMessage(tx, { recipientId: assignee.id, message: { key: 'complaintAssigned' }, link: `/oversee/complaints/${complaint.id}` });
    }
    return { id: complaint.id };
  });
}
