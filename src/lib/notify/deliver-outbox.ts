import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { mailFrom, mailTransport } from './mailer';
import { localeOf } from '@/i18n/config';
import { messageText, smsText } from './render-message';
import { fileSmsProvider, type SmsProvider } from './sms-provider';

type Claimed = {
  id: string;
  recipientId: string | null;
  address: string | null;
  subject: string;
  body: string;
  link: string | null;
  channel: string;
  attempts: number;
  messageKey: string | null;
  messageValues: unknown;
  locale: string | null;
};

const MAX_ATTEMPTS = 5;

/** A claim older than this was left by a worker that died mid-send; it must exceed the slowest send. */
const DEFAULT_LEASE_MS = 5 * 60_000;

export type DeliverOptions = {
  /** Stops before claiming the next message; the one in flight is finished and recorded. */
  signal?: AbortSignal;
  leaseMs?: number;
};

/**
 * Delivers up to `batchSize` outbox messages, one at a time, each in its own
 * steps so a crash or a restart repeats at most the message in flight:
 *
 * 1. claim: one statement marks the oldest due message SENDING and counts the
 *    attempt (FOR UPDATE SKIP LOCKED: two workers never claim one message);
 * 2. send it (the message id is the provider's idempotency key);
 * 3. record it SENT, or back to PENDING (FAILED after 5 attempts) with the error.
 *
 * IN_APP messages are written and recorded SENT in one transaction: exactly
 * once. A claim left SENDING by a dead worker is taken again after the lease,
 * with the same idempotency key. EMAIL waits while SMTP_URL is unset.
 * Returns how many were handled.
 */
export async function deliverOutbox(batchSize = 50, sms: SmsProvider = fileSmsProvider, options: DeliverOptions = {}): Promise<number> {
  const mail = mailTransport();
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  let handled = 0;
  while (handled < batchSize && !options.signal?.aborted) {
    const [message] = await db.$queryRaw<Claimed[]>`
      UPDATE "OutboxMessage" SET status = 'SENDING', "claimedAt" = now(), attempts = attempts + 1
      WHERE id = (
        SELECT id FROM "OutboxMessage"
        WHERE (status = 'PENDING' OR (status = 'SENDING' AND "claimedAt" < now() - make_interval(secs => ${leaseMs / 1000})))
          AND (channel <> 'EMAIL' OR ${mail !== null})
        ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id, "recipientId", address, subject, body, link, channel::text AS channel, attempts, "messageKey", "messageValues", locale`;
    if (!message) break;
    await deliverOne(message, mail, sms);
    handled++;
  }
  return handled;
}

async function deliverOne(message: Claimed, mail: ReturnType<typeof mailTransport>, sms: SmsProvider): Promise<void> {
  try {
    if (message.channel === 'IN_APP') {
      await db.$transaction(async (tx) => {
        // Only while the claim is still ours: a lease taken over meanwhile has written it already.
        const ours = await tx.outboxMessage.updateMany({
          where: { id: message.id, status: 'SENDING' },
          data: { status: 'SENT', sentAt: new Date(), lastError: null },
        });
        if (ours.count === 1 && message.recipientId) {
          await tx.notification.create({
            data: {
              userId: message.recipientId,
              title: message.subject,
              body: message.body,
              link: message.link,
              // The inbox renders it in the reader's language from these; title/body stay the zh-CN fallback.
              messageKey: message.messageKey,
              messageValues: (message.messageValues ?? undefined) as Prisma.InputJsonValue | undefined,
            },
          });
        }
      });
      return;
    }
    // Rendered now, in the language chosen when queued: a corrected translation reaches messages still waiting.
    const locale = localeOf(message.locale);
    const text = messageText(locale, message);
    if (message.channel === 'EMAIL' && mail && message.address) {
      const link = message.link ? `\n\n${absolute(message.link)}` : '';
      // The same Message-ID on every attempt lets a receiving server drop a repeat.
      await mail.sendMail({
        from: mailFrom(),
        to: message.address,
        subject: text.subject,
        text: `${text.body}${link}`,
        messageId: `<outbox-${message.id}@yichuang.local>`,
      });
    } else if (message.channel === 'SMS' && message.address) {
      await sms.send(message.address, smsText(locale, text.subject, text.body), { idempotencyKey: message.id });
    }
    await db.outboxMessage.updateMany({ where: { id: message.id, status: 'SENDING' }, data: { status: 'SENT', sentAt: new Date(), lastError: null } });
  } catch (error) {
    const failed = message.attempts >= MAX_ATTEMPTS;
    await db.outboxMessage.updateMany({
      where: { id: message.id, status: 'SENDING' },
      data: { status: failed ? 'FAILED' : 'PENDING', lastError: error instanceof Error ? error.message.slice(0, 500) : 'send failed' },
    });
  }
}

function absolute(link: string): string {
  const base = process.env.NEXTAUTH_URL ?? process.env.APP_URL ?? '';
  return `${base.replace(/\/$/, '')}${link}`;
}
