import 'server-only';
import type { Tx } from '@/lib/db';

export type OutgoingMessage = {
  recipientId: string;
  subject: string;
  body: string;
  link?: string;
  dedupeKey?: string;
  /** Also send by e-mail / SMS to the recipient's address on file, where they have one. */
  external?: ('EMAIL' | 'SMS')[];
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
  if (!message.external?.length) return;
  const recipient = await tx.user.findUnique({ where: { id: message.recipientId }, select: { email: true, phone: true } });
  for (const channel of message.external) {
    const address = channel === 'EMAIL' ? recipient?.email : recipient?.phone;
    if (!address) continue;
    // The external copy carries no recipientId: the in-app row is the recipient's one message; this is only its delivery by another way.
    await tx.outboxMessage.create({
      data: { channel, address, subject: message.subject, body: message.body, link: message.link, dedupeKey: message.dedupeKey ? `${message.dedupeKey}:${channel}` : undefined },
    });
  }
}

/**
 * A text message to a phone number alone, with no inbox copy: for one-time
 * codes, which must reach the phone only and not outlive their minutes in an
 * inbox. Same outbox, same worker, same SMS provider as every other message.
 */
export async function enqueueSmsOnly(tx: Tx, message: { phone: string; subject: string; body: string }): Promise<void> {
  await tx.outboxMessage.create({ data: { channel: 'SMS', address: message.phone, subject: message.subject, body: message.body } });
}
