import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { answerInquiry } from '@/lib/inquiries/answer-inquiry';
import { askQuestion } from '@/lib/inquiries/ask-question';
import { listFaq } from '@/lib/inquiries/list-faq';
import { listInquiries } from '@/lib/inquiries/list-inquiries';
import { actorOf } from '../support/factories';
import { monday } from '../support/instants';

describe('咨询 and the FAQ', () => {
  it('routes a question to the item department, answers it within the limit and publishes it to the FAQ', async () => {
    const [applicant, police, market, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('reviewer.ga'), actorOf('reviewer.scj'), actorOf('clerk')]);
    const item = await db.serviceItem.findFirstOrThrow({ where: { name: '普通护照签发' }, select: { id: true, basicCode: true } });
    const asked = await askQuestion(applicant, { itemId: item.id, question: '护照照片有什么要求？' }, monday);
    // 5 working days after Monday 23 November.
    expect(asked.dueAt.toISOString()).toBe('2026-11-30T09:00:00.000Z');
    const general = await askQuestion(applicant, { question: '政务中心周末开门吗？' }, monday);

    expect((await listInquiries(police, monday)).map((r) => r.id)).toEqual([asked.id]);
    expect(await listInquiries(market, monday)).toEqual([]);
    expect((await listInquiries(clerk, monday)).map((r) => r.id)).toEqual([general.id]);
    expect((await listInquiries(police, new Date('2026-12-01T02:00:00Z')))[0].overdue).toBe(true);

    await expect(answerInquiry(market, { inquiryId: asked.id, answer: '不归我们管' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listFaq(item.basicCode))?.entries).toEqual([]);
    await answerInquiry(police, { inquiryId: asked.id, answer: '近 6 个月内白底彩色证件照。', publish: 'on' }, monday);
    await expect(answerInquiry(police, { inquiryId: asked.id, answer: '再答一次' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await answerInquiry(clerk, { inquiryId: general.id, answer: '周六上午开放。', publish: 'on' }, monday);

    expect((await listFaq(item.basicCode))!.entries.map((f) => [f.question, f.answer])).toEqual([['护照照片有什么要求？', '近 6 个月内白底彩色证件照。']]);
    const mine = await listInquiries(applicant, monday);
    expect(mine.map((r) => [r.question, r.answer, r.published])).toEqual(
      expect.arrayContaining([
        ['护照照片有什么要求？', '近 6 个月内白底彩色证件照。', true],
        ['政务中心周末开门吗？', '周六上午开放。', false],
      ]),
    );
    expect(await db.outboxMessage.count({ where: { recipientId: applicant.id, subject: '您的咨询已答复' } })).toBe(2);
  });
});
