import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Tx } from '@/lib/db';
import { localeOf } from '@/i18n/config';
import { renderMessage, type NotifyMessage } from './render-message';

type Common = {
  recipientId: string;
  link?: string;
  dedupeKey?: string;
  /** Also send by e-mail / SMS to the recipient's address on file, where they have one. */
  external?: ('EMAIL' | 'SMS')[];
};

/**
 * A message either as a key of `notifyText` with its values (rendered in each
 * reader's language), or, as older call sites still write it, as Chinese text.
 */
export type OutgoingMessage = Common &
  ({ message: NotifyMessage; subject?: undefined; body?: undefined } | { subject: string; body: string; message?: undefined });

function stored(message: OutgoingMessage, locale: 'zh-CN' | 'en') {
  if (!message.message) return { subject: message.subject, body: message.body, messageKey: null, messageValues: undefined };
  const text = renderMessage(locale, message.message.key, message.message.values ?? {});
  if (!text) throw new Error(`notify: no message notifyText.${message.message.key}`);
  return { ...text, messageKey: message.message.key, messageValues: (message.message.values ?? {}) as Prisma.InputJsonValue };
}

/**
 * Puts an in-app message into the outbox, inside the transaction of the change
 * that causes it: if the change rolls back, nobody is told about it. The
 * delivery worker (deliver-outbox.ts) moves it to the recipient's inbox after commit.
 */
export async function enqueueMessage(tx: Tx, message: OutgoingMessage): Promise<void> {
  await tx.outboxMessage.create({
    data: { channel: 'IN_APP', recipientId: message.recipientId, ...stored(message, 'zh-CN'), link: message.link, dedupeKey: message.dedupeKey },
  });
  if (!message.external?.length) return;
  const recipient = await tx.user.findUnique({ where: { id: message.recipientId }, select: { email: true, phone: true, locale: true } });
  // E-mail and SMS go out in the language the recipient last chose in the portal, else zh-CN.
  const locale = localeOf(recipient?.locale);
  for (const channel of message.external) {
    const address = channel === 'EMAIL' ? recipient?.email : recipient?.phone;
    if (!address) continue;
    // The external copy carries no recipientId: the in-app row is the recipient's one message; this is only its delivery by another way.
    await tx.outboxMessage.create({
      data: {
        channel,
        address,
        ...stored(message, message.message ? locale : 'zh-CN'),
        locale: message.message ? locale : null,
        link: message.link,
        dedupeKey: message.dedupeKey ? `${message.dedupeKey}:${channel}` : undefined,
      },
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
