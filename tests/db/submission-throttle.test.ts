import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { fileComplaint } from '@/lib/complaints/file-complaint';
import { askQuestion } from '@/lib/inquiries/ask-question';
import { SUBMISSION_LIMITS } from '@/lib/throttle/submission-quota';
import { actorOf } from '../support/factories';
import { monday } from '../support/instants';

async function outcomes(promises: Promise<unknown>[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const result of await Promise.allSettled(promises)) {
    const key = result.status === 'fulfilled' ? 'ok' : String((result.reason as { code?: string }).code ?? result.reason);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe('throttles on questions and complaints (issue 14, point 13)', () => {
  it('accepts only the allowed number of 25 questions sent at once, and notifies the department for those only', async () => {
    const applicant = await actorOf('zhangsan');
    const item = await db.serviceItem.findFirstOrThrow({
      where: { name: '普通护照签发' },
      select: { id: true, versions: { where: { status: 'PUBLISHED' }, select: { departmentId: true } } },
    });
    const max = SUBMISSION_LIMITS.inquiry[0].max;
    const messagesBefore = await db.outboxMessage.count();
    const burst = Array.from({ length: 25 }, (_, i) => askQuestion(applicant, { itemId: item.id, question: `第 ${i} 个问题：护照照片有什么要求？` }, monday));
    expect(await outcomes(burst)).toEqual({ ok: max, RATE_LIMITED: 25 - max });
    expect(await db.inquiry.count({ where: { askerId: applicant.id } })).toBe(max);
    const staff = await db.user.count({ where: { active: true, departmentId: item.versions[0].departmentId, role: { in: ['REVIEWER', 'DEPT_HEAD'] } } });
    expect(staff).toBeGreaterThan(0);
    expect(await db.outboxMessage.count()).toBe(messagesBefore + max * staff);
    // Another account is not held back, and the same account may ask again once the window has passed.
    await expect(askQuestion(await actorOf('qiye'), { question: '周末开门吗？' }, monday)).resolves.toBeTruthy();
    await expect(
      askQuestion(applicant, { question: '周末开门吗？' }, new Date(monday.getTime() + SUBMISSION_LIMITS.inquiry[0].windowMs + 1000)),
    ).resolves.toBeTruthy();
  });

  it('accepts only the allowed number of complaints from one account', async () => {
    const applicant = await actorOf('zhangsan');
    const clerk = await actorOf('clerk');
    const max = SUBMISSION_LIMITS.complaint[0].max;
    const burst = Array.from({ length: 10 }, (_, i) =>
      fileComplaint(applicant, { target: 'STAFF', staffId: clerk.id, content: `第 ${i} 次投诉：态度不好。` }, monday),
    );
    expect(await outcomes(burst)).toEqual({ ok: max, RATE_LIMITED: 10 - max });
    expect(await db.complaint.count({ where: { complainantId: applicant.id } })).toBe(max);
  });
});

describe('the shared text rule in the use cases (point 12)', () => {
  it('refuses a question or a complaint holding a control character, before anything is written', async () => {
    const applicant = await actorOf('zhangsan');
    const clerk = await actorOf('clerk');
    const question = await askQuestion(applicant, { question: '护照\u0000照片有什么要求？' }).catch((e: unknown) => e);
    expect((question as { issues?: { message: string }[] }).issues?.[0]?.message).toBe('controlCharacters');
    const complaint = await fileComplaint(applicant, { target: 'STAFF', staffId: clerk.id, content: '态度\u202E不好，没人管。' }).catch((e: unknown) => e);
    expect((complaint as { issues?: { message: string }[] }).issues?.[0]?.message).toBe('controlCharacters');
    expect(await db.inquiry.count()).toBe(0);
    expect(await db.complaint.count()).toBe(0);
  });
});
