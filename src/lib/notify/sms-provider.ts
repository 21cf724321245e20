import 'server-only';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/env';

/**
 * Sends one text message. A real gateway (e.g. a carrier's SMS API) implements
 * this. `idempotencyKey` is the same for every attempt of one outbox message: a
 * provider must not deliver one key twice (pass it to a gateway that
 * deduplicates, such as a client message id, or remember the keys it sent).
 * The outbox sends a key again only when a worker died between sending it and
 * recording it (docs/reliability.md).
 */
export type SmsProvider = { send(phone: string, text: string, options: { idempotencyKey: string }): Promise<void> };

/**
 * The default provider: appends each message as one JSON line to
 * `<DATA_DIR>/sms/outbox.log`, so a demo or test can read what would have been
 * sent without a gateway contract (see docs/notifications.md). A key already
 * in the log is not written again.
 */
export const fileSmsProvider: SmsProvider = {
  async send(phone, text, { idempotencyKey }) {
    const dir = path.join(/*turbopackIgnore: true*/ env.DATA_DIR, 'sms');
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, 'outbox.log');
    const sent = await readFile(file, 'utf8').catch(() => '');
    if (sent.includes(`"key":${JSON.stringify(idempotencyKey)}`)) return;
    await appendFile(file, `${JSON.stringify({ at: new Date().toISOString(), key: idempotencyKey, phone, text })}\n`, 'utf8');
  },
};

export function smsLogPath(): string {
  return path.join(/*turbopackIgnore: true*/ env.DATA_DIR, 'sms', 'outbox.log');
}
