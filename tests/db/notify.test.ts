import { readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { deliverOutbox } from '@/lib/notify/deliver-outbox';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { smsLogPath } from '@/lib/notify/sms-provider';
import { actorOf } from '../support/factories';

afterEach(() => {
  delete process.env.SMTP_URL;
});

describe('the outbox worker', () => {
  it('sends e-mail through a real SMTP server and the in-app copy to the inbox', async () => {
    const received: { from: string; to: string[]; raw: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    try {
      const applicant = await actorOf('zhangsan');
      await db.user.update({ where: { id: applicant.id }, data: { email: 'zhangsan@example.cn' } });
      await db.$transaction((tx) =>
        enqueueMessage(tx, {
          recipientId: applicant.id,
          subject: '准予：测试事项',
          body: '您的申请已审批通过。',
          link: '/me/applications/x',
          external: ['EMAIL'],
        }),
      );
      // Without SMTP_URL the e-mail waits; the in-app message is delivered.
      await deliverOutbox();
      expect(await db.outboxMessage.count({ where: { channel: 'EMAIL', status: 'PENDING' } })).toBe(1);
      expect(await db.notification.count({ where: { userId: applicant.id, title: '准予：测试事项' } })).toBe(1);

      process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
      expect(await deliverOutbox()).toBeGreaterThanOrEqual(1);
      expect(received).toHaveLength(1);
      expect(received[0].to).toEqual(['zhangsan@example.cn']);
      // The subject is MIME-encoded (UTF-8); the body carries the Chinese text.
      expect(received[0].raw).toMatch(/Subject: =\?UTF-8\?/i);
      const decoded = Buffer.from(
        received[0].raw
          .split(/\r?\n\r?\n/)
          .slice(1)
          .join('\n')
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/g, '%$1'),
        'utf8',
      ).toString();
      expect(decodeURIComponent(decoded)).toContain('您的申请已审批通过。');
      expect(await db.outboxMessage.findFirstOrThrow({ where: { channel: 'EMAIL' } })).toMatchObject({ status: 'SENT', attempts: 1 });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('writes text messages through the default SMS provider to the log file', async () => {
    await rm(smsLogPath(), { force: true });
    const applicant = await actorOf('zhangsan');
    await db.$transaction((tx) => enqueueMessage(tx, { recipientId: applicant.id, subject: '请补充材料', body: '请补充经营场所证明', external: ['SMS'] }));
    await deliverOutbox();
    const lines = (await readFile(smsLogPath(), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { phone: string; text: string });
    expect(lines.at(-1)).toMatchObject({ phone: '13800000001', text: '【一窗通办】请补充材料：请补充经营场所证明' });
  });
});
