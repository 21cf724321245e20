import 'server-only';
import type { Tx } from '@/lib/db';

export type OutgoingMessage = {
  recipientId: string;
  subject: string;
  body: string;
  link?: string;
  dedupeKey?: string;
};

/**
 * Puts an in-app message into the outbox, inside the transaction of the change
 * that causes it: if the change rolls back, nobody is told about it. The
 * delivery worker (deliver-outbox.ts) moves it to the recipient's inbox after commit.
 */
export async function enqueueMessage(tx: Tx, message: OutgoingMessage): Promise<void> {
  await tx.outboxMessage.create({
    data: {
      channel: 'IN_APP',
      recipientId: message.recipientId,
      subject: message.subject,
      body: message.body,
      link: message.link,
      dedupeKey: message.dedupeKey,
    },
  });
}
