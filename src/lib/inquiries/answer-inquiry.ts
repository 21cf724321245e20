import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { answerInquirySchema, type AnswerInquiryInput } from './schemas';
import { answerableInquiries } from './scope';

/** Staff answer a question once; a good one about an item may be published to the item's FAQ. */
export async function answerInquiry(actor: Actor, input: AnswerInquiryInput, now = new Date()) {
  const scope = answerableInquiries(actor);
  if (!scope) throw new AppError('NOT_FOUND');
  const data = answerInquirySchema.parse(input);
  return db.$transaction(async (tx) => {
    const inquiry = await tx.inquiry.findFirst({ where: { AND: [{ id: data.inquiryId }, scope] }, select: { id: true, itemId: true, askerId: true } });
    if (!inquiry) throw new AppError('NOT_FOUND');
    const { count } = await tx.inquiry.updateMany({
      where: { id: inquiry.id, answeredAt: null },
      // General questions have no FAQ to join.
      data: { answer: data.answer, answeredAt: now, published: data.publish && inquiry.itemId !== null },
    });
    if (count !== 1) throw new AppError('INVALID_TRANSITION');
    await recordAudit(tx, {
      actor,
      entity: 'Inquiry',
      entityId: inquiry.id,
      action: 'answer-inquiry',
      data: { published: data.publish && inquiry.itemId !== null },
    });
    if (inquiry.askerId) {
      await enqueueMessage(tx, {
        recipientId: inquiry.askerId,
        message: { key: 'inquiryAnswered', values: { answer: data.answer.slice(0, 200) } },
        link: '/me/inquiries',
      });
    }
    return { id: inquiry.id };
  });
}
