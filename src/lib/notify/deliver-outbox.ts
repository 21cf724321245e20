import 'server-only';
import { db } from '@/lib/db';
import { mailFrom, mailTransport } from './mailer';
import { fileSmsProvider, type SmsProvider } from './sms-provider';

type Pending = { id: string; recipientId: string | null; address: string | null; subject: string; body: string; link: string | null; channel: string; attempts: number };

const MAX_ATTEMPTS = 5;

/**
 * Delivers pending outbox messages: IN_APP into the recipient's notifications,
 * EMAIL over SMTP (only when SMTP_URL is set; otherwise they wait), SMS through
 * the provider. Each message is claimed with FOR UPDATE SKIP LOCKED so several
 * workers never deliver one twice; a failed send is retried up to 5 times.
 * Returns how many were handled.
 */
export async function deliverOutbox(batchSize = 50, sms: SmsProvider = fileSmsProvider): Promise<number> {
  const mail = mailTransport();
  return db.$transaction(
    async (tx) => {
      const pending = await tx.$queryRaw<Pending[]>`
        SELECT id, "recipientId", address, subject, body, link, channel::text AS channel, attempts
        FROM "OutboxMessage"
        WHERE status = 'PENDING' AND (channel <> 'EMAIL' OR ${mail !== null})
        ORDER BY "createdAt" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`;
      for (const message of pending) {
        try {
          if (message.channel === 'IN_APP' && message.recipientId) {
            await tx.notification.create({
              data: { userId: message.recipientId, title: message.subject, body: message.body, link: message.link },
            });
          } else if (message.channel === 'EMAIL' && mail && message.address) {
            const link = message.link ? `\n\n${absolute(message.link)}` : '';
            await mail.sendMail({ from: mailFrom(), to: message.address, subject: message.subject, text: `${message.body}${link}` });
          } else if (message.channel === 'SMS' && message.address) {
            await sms.send(message.address, `【一窗通办】${message.subject}：${message.body}`);
          }
          await tx.outboxMessage.update({
            where: { id: message.id },
            data: { status: 'SENT', sentAt: new Date(), attempts: { increment: 1 } },
          });
        } catch (error) {
          const failed = message.attempts + 1 >= MAX_ATTEMPTS;
          await tx.outboxMessage.update({
            where: { id: message.id },
            data: { status: failed ? 'FAILED' : 'PENDING', attempts: { increment: 1 }, lastError: error instanceof Error ? error.message.slice(0, 500) : 'send failed' },
          });
        }
      }
      return pending.length;
    },
    // SMTP round trips take longer than the default 5 s interactive transaction.
    { timeout: 60_000 },
  );
}

function absolute(link: string): string {
  const base = process.env.NEXTAUTH_URL ?? process.env.APP_URL ?? '';
  return `${base.replace(/\/$/, '')}${link}`;
}

