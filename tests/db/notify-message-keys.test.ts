import { readFile, rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { requestCorrection } from '@/lib/intake/request-correction';
import { deliverOutbox } from '@/lib/notify/deliver-outbox';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { listNotifications } from '@/lib/notify/list-notifications';
import { rememberLocale } from '@/lib/notify/remember-locale';
import { smsLogPath } from '@/lib/notify/sms-provider';
import { actorOf, submitOnline } from '../support/factories';
import { monday } from '../support/instants';

async function lastSms(): Promise<{ phone: string; text: string } | undefined> {
  const lines = (await readFile(smsLogPath(), 'utf8')).trim().split('\n');
  return lines.map((l) => JSON.parse(l) as { phone: string; text: string }).at(-1);
}

describe('notifications by message key', () => {
  it("stores the key and its values, and the inbox renders them in the reader's language", async () => {
    const applicant = await actorOf('zhangsan');
    await db.$transaction((tx) =>
      enqueueMessage(tx, {
        recipientId: applicant.id,
        message: { key: 'correctionRequested', values: { item: '普通护照签发', count: 2, materials: ['身份证', '照片回执'] } },
        link: '/me/applications/x',
      }),
    );
    const queued = await db.outboxMessage.findFirstOrThrow({ where: { recipientId: applicant.id, messageKey: 'correctionRequested' } });
    // The zh-CN text is stored beside the key: readable in the database, the fallback for every reader.
    expect(queued).toMatchObject({ subject: '请补正材料：普通护照签发', body: '共 2 项材料需要补正：身份证、照片回执。' });
    expect(queued.messageValues).toEqual({ item: '普通护照签发', count: 2, materials: ['身份证', '照片回执'] });

    await deliverOutbox();
    const stored = await db.notification.findFirstOrThrow({ where: { userId: applicant.id, messageKey: 'correctionRequested' } });
    expect(stored.messageValues).toEqual(queued.messageValues);

    const [zh] = (await listNotifications(applicant, { locale: 'zh-CN', take: 1 })).notifications;
    expect(zh).toMatchObject({ title: '请补正材料：普通护照签发', body: '共 2 项材料需要补正：身份证、照片回执。', link: '/me/applications/x' });
    const [en] = (await listNotifications(applicant, { locale: 'en', take: 1 })).notifications;
    expect(en).toMatchObject({ title: 'Please correct your material: 普通护照签发', body: '2 materials need correcting: 身份证, 照片回执.' });
    expect(en.body).not.toMatch(/[，。：；（）“”、！？]/);
  });

  it('keeps messages written as text (older rows, or a call site that still passes text) as they were written', async () => {
    const applicant = await actorOf('zhangsan');
    await db.notification.create({ data: { userId: applicant.id, title: '已受理：旧事项', body: '您的申请已受理，受理编号 511602-20250101-00001。' } });
    await db.notification.create({
      data: {
        userId: applicant.id,
        title: '旧键',
        body: '键已删除的消息',
        messageKey: 'noSuchKey',
        messageValues: { item: 'x' },
        createdAt: new Date(Date.now() + 1000),
      },
    });
    await db.$transaction((tx) => enqueueMessage(tx, { recipientId: applicant.id, subject: '收到新投诉', body: '请在 5 个工作日内处理。' }));
    await deliverOutbox();
    for (const locale of ['zh-CN', 'en'] as const) {
      const titles = (await listNotifications(applicant, { locale })).notifications.map((n) => `${n.title}|${n.body}`);
      expect(titles).toEqual(
        expect.arrayContaining([
          '已受理：旧事项|您的申请已受理，受理编号 511602-20250101-00001。',
          '旧键|键已删除的消息',
          '收到新投诉|请在 5 个工作日内处理。',
        ]),
      );
    }
  });

  it('sends the SMS in the language the recipient chose, else in Chinese', async () => {
    await rm(smsLogPath(), { force: true });
    const applicant = await actorOf('zhangsan');
    const send = () =>
      db.$transaction((tx) =>
        enqueueMessage(tx, { recipientId: applicant.id, message: { key: 'extended', values: { item: '普通护照签发', days: 5 } }, external: ['SMS'] }),
      );

    await send();
    await deliverOutbox();
    expect(await lastSms()).toMatchObject({ phone: '13800000001', text: '【一窗通办】办理时限延长：普通护照签发：经审批，您的申请办理时限延长 5 个工作日。' });

    await rememberLocale(applicant, 'en');
    expect((await db.user.findUniqueOrThrow({ where: { id: applicant.id } })).locale).toBe('en');
    await send();
    await deliverOutbox();
    expect(await lastSms()).toMatchObject({
      text: '【一窗通办】Time limit extended: 普通护照签发: The time limit of your application was extended by 5 working days.',
    });
    // The inbox copy still follows the page's language, not the SMS's.
    const [inbox] = (await listNotifications(applicant, { locale: 'zh-CN', take: 1 })).notifications;
    expect(inbox.title).toBe('办理时限延长：普通护照签发');
  });

  it('is how the case flow tells the applicant: acceptance and corrections carry keys', async () => {
    const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
    const first = await submitOnline(applicant, '普通护照签发', monday);
    const { receiptNumber } = await acceptApplication(clerk, first.id, monday);
    const second = await submitOnline(applicant, '普通护照签发', monday);
    const material = await db.applicationMaterial.findFirstOrThrow({ where: { applicationId: second.id }, select: { id: true, name: true } });
    await requestCorrection(clerk, { applicationId: second.id, items: [{ materialId: material.id, status: 'DEFECTIVE', reason: '照片不清晰' }] });
    await deliverOutbox();
    const keys = await db.notification.findMany({ where: { userId: applicant.id }, orderBy: { createdAt: 'asc' }, select: { messageKey: true } });
    expect(keys.map((k) => k.messageKey)).toEqual(['submitted', 'accepted', 'submitted', 'correctionRequested']);
    const en = (await listNotifications(applicant, { locale: 'en' })).notifications.map((n) => n.body);
    expect(en).toContain(`Your application was accepted. Receipt number ${receiptNumber}.`);
    expect(en).toContain(`1 material needs correcting: ${material.name}.`);
  });
});
