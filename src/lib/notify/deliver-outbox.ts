import 'server-only';
import { db } from '@/lib/db';

/**
 * Delivers pending outbox messages. Each message is claimed with
 * FOR UPDATE SKIP LOCKED so several workers never deliver one twice.
 * Returns how many were delivered.
 */
export async function deliverOutbox(batchSize = 50): Promise<number> {
  return db.$transaction(async (tx) => {
    const pending = await tx.$queryRaw<{ id: string; recipientId: string | null; subject: string; body: string; link: string | null; channel: string }[]>`
      SELECT id, "recipientId", subject, body, link, channel::text AS channel
      FROM "OutboxMessage" WHERE status = 'PENDING'
      ORDER BY "createdAt" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`;
    for (const message of pending) {
      if (message.channel === 'IN_APP' && message.recipientId) {
        await tx.notification.create({
          data: { userId: message.recipientId, title: message.subject, body: message.body, link: message.link },
        });
      }
      await tx.outboxMessage.update({
        where: { id: message.id },
        data: { status: 'SENT', sentAt: new Date(), attempts: { increment: 1 } },
      });
    }
    return pending.length;
  });
}
