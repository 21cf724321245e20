import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { setSubscriberActiveSchema } from './schemas';

/**
 * Pauses or resumes a subscriber. While paused it gets no new events and its
 * queued deliveries wait; resumed, they go out in order.
 */
export async function setSubscriberActive(actor: Actor, input: { id: string; active: string }) {
  if (actor.role !== 'ADMIN') throw new AppError('NOT_FOUND');
  const { id, active } = setSubscriberActiveSchema.parse(input);
  return db.$transaction(async (tx) => {
    const { count } = await tx.eventSubscriber.updateMany({ where: { id, active: !active }, data: { active } });
    if (count !== 1) throw new AppError((await tx.eventSubscriber.count({ where: { id } })) ? 'INVALID_TRANSITION' : 'NOT_FOUND');
    await recordAudit(tx, { actor, entity: 'EventSubscriber', entityId: id, action: active ? 'resume-event-subscriber' : 'pause-event-subscriber' });
    return { id, active };
  });
}
