import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { replayDeliverySchema } from './schemas';

/**
 * The admin sends a delivery again: a failed one (the case's later events,
 * waiting behind it, follow once it gets through), one the partner lost after
 * accepting it, or a pending one without waiting for its back-off. It gets a
 * fresh set of attempts; the receiver sees the same event id again.
 */
export async function replayDelivery(actor: Actor, input: { id: string }, now = new Date()) {
  if (actor.role !== 'ADMIN') throw new AppError('NOT_FOUND');
  const { id } = replayDeliverySchema.parse(input);
  return db.$transaction(async (tx) => {
    // Not while a worker is sending it: that attempt's answer is about to be recorded.
    const { count } = await tx.eventDelivery.updateMany({
      where: { id, status: { in: ['SENT', 'FAILED', 'PENDING'] } },
      data: { status: 'PENDING', attempts: 0, nextAttemptAt: now, replayPending: true },
    });
    if (count !== 1) throw new AppError((await tx.eventDelivery.count({ where: { id } })) ? 'INVALID_TRANSITION' : 'NOT_FOUND');
    const delivery = await tx.eventDelivery.findUniqueOrThrow({ where: { id }, select: { subscriberId: true, eventId: true } });
    await recordAudit(tx, { actor, entity: 'EventDelivery', entityId: id, action: 'replay-event-delivery', data: delivery });
    return { id, subscriberId: delivery.subscriberId };
  });
}
