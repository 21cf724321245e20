import 'server-only';
import { type Actor, assertRole, DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { rectificationToChange, recordRectificationAudit } from './rectification-change';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import type { RectificationStatus } from '@/generated/prisma/enums';
import { rectificationActions } from './rectification-rules';
import { updateRectificationSchema, type UpdateRectificationInput } from './schemas';

const target: Record<'start' | 'complete' | 'cannot' | 'invalid', RectificationStatus> = {
  start: 'IN_PROGRESS',
  complete: 'DONE',
  cannot: 'CANNOT_RECTIFY',
  invalid: 'INVALID_RATING',
};

/**
 * The responsible department works a rectification: 待整改 -> 整改中 -> 整改完成,
 * or claims 无法整改 / 无效差评, which a supervisor must review. Finishing needs
 * the outcome and the record of the call back to the applicant; the two claims
 * need the reason.
 */
export async function updateRectification(actor: Actor, input: UpdateRectificationInput, now = new Date()) {
  assertRole(actor, DEPARTMENT_ROLES);
  const data = updateRectificationSchema.parse(input);
  const to = target[data.action];
  const missing: Record<string, string[]> = {};
  if (data.action !== 'start' && !data.outcome) missing.outcome = ['required'];
  if (data.action === 'complete' && !data.callbackNote) missing.callbackNote = ['required'];
  if (Object.keys(missing).length) throw new AppError('INVALID_INPUT', { fieldErrors: missing });

  return db.$transaction(async (tx) => {
    const rectification = await tx.rectification.findFirst({
      where: { id: data.rectificationId, departmentId: actor.departmentId ?? '-' },
      select: rectificationToChange,
    });
    if (!rectification) throw new AppError('NOT_FOUND');
    const from = rectification.status;
    const may = rectificationActions(rectification);
    if (!(data.action === 'start' ? may.start : may.finish)) throw new AppError('INVALID_TRANSITION');
    // Guarded on the status read: a concurrent change makes this update miss.
    const { count } = await tx.rectification.updateMany({
      where: { id: rectification.id, status: from },
      data: {
        status: to,
        ...(data.outcome ? { outcome: data.outcome } : {}),
        ...(data.callbackNote ? { callbackNote: data.callbackNote } : {}),
        ...(to === 'DONE' ? { closedAt: now } : {}),
      },
    });
    if (count !== 1) throw new AppError('CONFLICT');
    await recordRectificationAudit(tx, rectification, { actor, action: `rectification-${data.action}` as const, from, to, reason: data.outcome || null });
    if (to === 'DONE') {
      await enqueueMessage(tx, {
        recipientId: rectification.evaluation.raterId,
        message: { key: 'rectificationDone', values: { item: rectification.evaluation.application.version.name } },
        link: '/me/ratings',
      });
    }
    return { id: rectification.id, status: to };
  });
}
