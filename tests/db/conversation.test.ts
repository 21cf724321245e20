import { describe, expect, it } from 'vitest';
import { deliverOutbox } from '@/lib/notify/deliver-outbox';
import { listMessages } from '@/lib/conversation/list-messages';
import { listUnansweredMessages } from '@/lib/conversation/list-unanswered-messages';
import { sendMessage } from '@/lib/conversation/send-message';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { readStoredFile } from '@/lib/files/read-stored-file';
import { storeUpload } from '@/lib/files/store-upload';
import { acceptApplication } from '@/lib/intake/accept-application';
import { actorOf, pdfBytes, submitOnline } from '../support/factories';
import { monday } from '../support/instants';

const later = (minutes: number) => new Date(monday.getTime() + minutes * 60_000);

describe('the conversation on a case', () => {
  it('carries a thread between applicant and department, notifying the other side each time', async () => {
    const [applicant, clerk, police, market] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('reviewer.ga'), actorOf('reviewer.scj')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);

    // Before acceptance the window answers.
    await sendMessage(applicant, { applicationId: id, body: '请问什么时候受理？' }, later(1));
    expect((await listUnansweredMessages(clerk)).map((r) => r.id)).toEqual([id]);
    await sendMessage(clerk, { applicationId: id, body: '今天下班前受理。' }, later(2));
    expect(await listUnansweredMessages(clerk)).toEqual([]);

    await acceptApplication(clerk, id, later(3));
    const attachment = await storeUpload(applicant, { name: '照片回执.pdf', bytes: pdfBytes('receipt') });
    await sendMessage(applicant, { applicationId: id, body: '补充照片回执。', fileIds: [attachment.id] }, later(4));
    // Now the police holds the case: its reviewer sees the question, the window and other departments do not.
    expect((await listUnansweredMessages(police)).map((r) => r.id)).toEqual([id]);
    expect(await listUnansweredMessages(clerk)).toEqual([]);
    expect(await listUnansweredMessages(market)).toEqual([]);
    expect((await readStoredFile(police, attachment.id)).name).toBe('照片回执.pdf');

    await sendMessage(police, { applicationId: id, body: '已收到，正在审查。' }, later(5));
    expect(await listUnansweredMessages(police)).toEqual([]);

    const thread = await listMessages(applicant, id);
    expect(thread.messages.map((m) => [m.body, m.fromApplicant])).toEqual([
      ['请问什么时候受理？', true],
      ['今天下班前受理。', false],
      ['补充照片回执。', true],
      ['已收到，正在审查。', false],
    ]);
    // The applicant sees the office, never the staff member's name.
    expect(thread.messages[3]).toMatchObject({ author: null, office: '公安局' });
    expect(thread.messages[2].attachments.map((a) => a.name)).toEqual(['照片回执.pdf']);

    const outbox = await db.outboxMessage.findMany({
      where: { subject: { startsWith: '办件留言' } },
      orderBy: { createdAt: 'asc' },
      select: { recipientId: true, link: true },
    });
    const to = (userId: string) => outbox.filter((o) => o.recipientId === userId).map((o) => o.link);
    expect(to(clerk.id)).toEqual([`/desk/messages/${id}`]);
    expect(to(police.id)).toEqual([`/review/messages/${id}`]);
    expect(to(market.id)).toEqual([]);
    expect(to(applicant.id)).toEqual([`/me/applications/${id}#conversation`, `/me/applications/${id}#conversation`]);
    await deliverOutbox();
    expect(await db.notification.count({ where: { userId: applicant.id, title: { startsWith: '办件留言' } } })).toBe(2);
  });

  it('keeps other applicants and uninvolved departments out', async () => {
    const [applicant, other, market, supervisor] = await Promise.all([actorOf('zhangsan'), actorOf('qiye'), actorOf('reviewer.scj'), actorOf('supervisor')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    for (const [actor, call] of [
      [other, () => sendMessage(other, { applicationId: id, body: '你好' })],
      [other, () => listMessages(other, id)],
      [market, () => sendMessage(market, { applicationId: id, body: '你好' })],
      [supervisor, () => sendMessage(supervisor, { applicationId: id, body: '你好' })],
    ] as const) {
      await expect(call(), actor.name).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    // Someone else's file cannot be attached.
    const foreign = await storeUpload(other, { name: 'x.pdf', bytes: pdfBytes() });
    await expect(sendMessage(applicant, { applicationId: id, body: '附件', fileIds: [foreign.id] })).rejects.toBeInstanceOf(AppError);
    // Supervision reads.
    expect((await listMessages(supervisor, id)).messages).toEqual([]);
  });
});
