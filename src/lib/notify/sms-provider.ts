import 'server-only';
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/env';

/** Sends one text message. A real gateway (e.g. a carrier's SMS API) implements this. */
export type SmsProvider = { send(phone: string, text: string): Promise<void> };

/**
 * The default provider: appends each message as one JSON line to
 * `<DATA_DIR>/sms/outbox.log`, so a demo or test can read what would have been
 * sent without a gateway contract (see docs/notifications.md).
 */
export const fileSmsProvider: SmsProvider = {
  async send(phone, text) {
    const dir = path.join(/*turbopackIgnore: true*/ env.DATA_DIR, 'sms');
    await mkdir(dir, { recursive: true });
    await appendFile(path.join(dir, 'outbox.log'), `${JSON.stringify({ at: new Date().toISOString(), phone, text })}\n`, 'utf8');
  },
};

export function smsLogPath(): string {
  return path.join(/*turbopackIgnore: true*/ env.DATA_DIR, 'sms', 'outbox.log');
}
