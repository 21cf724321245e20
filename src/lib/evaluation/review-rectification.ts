import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { rectificationToChange, recordRectificationAudit } from './rectification-change';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { reviewRectificationSchema, type ReviewRectificationInput } from './schemas';

/**
 * A supervisor reviews a claim of 无法整改 or 无效差评: accepting closes the
 * rectification (the applicant is told the outcome); returning sends it back to
 * the department as 整改中 with the supervisor's note.
 */
export async function reviewRectification(actor: Actor, input: ReviewRectificationInput, now = new Date()) {
  assertRole(actor, ['SUPERVISOR']);
  const data = reviewRectificationSchema.parse(input);
  return db.$transaction(async (tx) => {
    const rectification = await tx.rectification.findUnique({
      where: { id: data.rectificationId },
      select: rectificationToChange,
    });
    if (!rectification) throw new AppError('NOT_FOUND');
    const from = rectification.status;
    if ((from !== 'CANNOT_RECTIFY' && from !== 'INVALID_RATING') || rectification.closedAt) throw new AppError('INVALID_TRANSITION');
    const accept = data.verdict === 'accept';
    const to = accept ? from : 'IN_PROGRESS';
    const { count } = await tx.rectification.updateMany({
      where: { id: rectification.id, status: from, closedAt: null },
      data: { status: to, reviewedById: actor.id, reviewNote: data.note, ...(accept ? { closedAt: now } : {}) },
    });
    if (count !== 1) throw new AppError('CONFLICT');
    await recordRectificationAudit(tx, rectification, {
      actor,
      action: accept ? 'rectification-review-accept' : 'rectification-review-return',
      from,
      to,
      reason: data.note,
    });
    const name = rectification.evaluation.application.version.name;
    if (accept) {
      await enqueueMessage(tx, {
        recipientId: rectification.evaluation.raterId,
        message: { key: 'ratingReviewed', values: { item: name } },
        link: '/me/ratings',
      });
    } else {
      const staff = await tx.user.findMany({
        where: { active: true, role: { in: ['DEPT_HEAD', 'REVIEWER'] }, departmentId: rectification.departmentId },
        select: { id: true },
      });
      for (const user of staff) {
        await enqueueMessage(tx, {
          recipientId: user.id,
          message: { key: 'rectificationReturned', values: { item: name, note: data.note } },
          link: `/review/rectifications/${rectification.id}`,
        });
      }
    }
    return { id: rectification.id, status: to, closed: accept };
  });
}
