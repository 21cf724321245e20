import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { decideExtension } from '@/lib/routing/decide-extension';
import { decideTask } from '@/lib/routing/decide-task';
import { endSuspension } from '@/lib/routing/end-suspension';
import { requestExtension } from '@/lib/routing/request-extension';
import { startSuspension } from '@/lib/routing/start-suspension';
import { actorOf, submitOnline } from '../support/factories';
import { monday, thursday } from '../support/instants';

// Monday 2026-11-23 10:00 in Shanghai; December 2026 has no public holidays.
const tuesday10 = new Date('2026-11-24T02:00:00Z');
// The joint item's first stage has half a day (Monday afternoon): its pause must start before that ends.
const monday14 = new Date('2026-11-23T06:00:00Z');
const wednesday14 = new Date('2026-11-25T06:00:00Z');
const wednesday15 = new Date('2026-11-25T07:00:00Z');

async function dates(id: string) {
  const a = await db.application.findUniqueOrThrow({
    where: { id },
    select: { status: true, promisedDueAt: true, statutoryDueAt: true, tasks: { where: { status: 'OPEN' }, select: { dueAt: true } } },
  });
  return { status: a.status, promised: a.promisedDueAt?.toISOString(), statutory: a.statutoryDueAt?.toISOString(), task: a.tasks[0].dueAt?.toISOString() };
}

describe('the clock stops and extends', () => {
  it('moves every due date by a suspension and then by an approved extension, exactly', async () => {
    const [applicant, clerk, market, head] = await Promise.all([actorOf('qiye'), actorOf('clerk'), actorOf('reviewer.scj'), actorOf('head.scj')]);
    // The joint 企业开办 item: its first stage is the county 市场监管局 alone.
    const { id } = await submitOnline(applicant, '企业开办“一件事”（集成办理）', monday);
    await acceptApplication(clerk, id, monday);
    const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id, status: 'OPEN' } });
    const before = await dates(id);
    expect(before.promised).toBeDefined();
    expect(before.task).toBe('2026-11-23T09:00:00.000Z');

    // 补充材料 from Monday 14:00 to Wednesday 14:00: exactly two working days.
    const suspension = await startSuspension(market, { taskId: task.id, kind: 'AWAITING_APPLICANT', reason: '请补充经营场所证明' }, monday14);
    expect((await dates(id)).status).toBe('SUSPENDED');
    await expect(decideTask(market, { taskId: task.id, decision: 'APPROVED' }, monday14)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await endSuspension(market, { suspensionId: suspension.id, note: '材料已补齐' }, wednesday14);
    const resumed = await dates(id);
    expect(resumed.status).toBe('IN_REVIEW');
    // By hand, counting working half-days (see src/lib/clock/due-date.ts). Before: promised 1 day from
    // Monday = Tuesday 17:00; the first stage's half day = Monday afternoon, 17:00; no statutory limit.
    expect(before).toMatchObject({ promised: '2026-11-24T09:00:00.000Z', statutory: undefined });
    // Paused Monday 14:00 to Wednesday 14:00: Mon pm, Tue am/pm and Wed am stand still.
    // Task: Wed pm is its half day -> Wednesday 17:00. Promised (counted from Tuesday): Wed pm, Thu am -> Thursday 12:00.
    expect(resumed).toMatchObject({ promised: '2026-11-26T04:00:00.000Z', task: '2026-11-25T09:00:00.000Z', statutory: undefined });

    // An extension of 3 working days, approved by the department head on Wednesday.
    const extension = await requestExtension(market, { taskId: task.id, days: 3, reason: '需现场核查' }, wednesday15);
    await expect(decideExtension(market, { extensionId: extension.id, outcome: 'APPROVED' }, wednesday15)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await decideExtension(head, { extensionId: extension.id, outcome: 'APPROVED' }, wednesday15);
    // Promised 1+3 days = 8 half-days from Wed pm: Wed pm, Thu, Fri, Mon 30th, Tue 1st am -> Tuesday 1 December 12:00.
    // Task 0.5+3 days = 7 half-days from Wed pm -> Monday 30 November 17:00.
    expect(await dates(id)).toMatchObject({ promised: '2026-12-01T04:00:00.000Z', task: '2026-11-30T09:00:00.000Z' });

    // Joint handling: at most 15 working days in all (art. 42).
    await expect(requestExtension(market, { taskId: task.id, days: 13, reason: '再延期' }, wednesday15)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const trail = await db.auditEvent.findMany({ where: { applicationId: id }, orderBy: { id: 'asc' }, select: { action: true } });
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['request-material', 'resume', 'request-extension', 'approve-extension']));
    const told = await db.outboxMessage.findMany({ where: { recipientId: applicant.id }, select: { subject: true } });
    expect(told.map((m) => m.subject.split('：')[0])).toEqual(expect.arrayContaining(['请补充材料', '恢复办理', '办理时限延长']));
  });

  it('caps a licensing item at 10 extension days, and a refused extension moves nothing', async () => {
    const [applicant, clerk, police] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('reviewer.ga')]);
    const head = await db.user.create({
      data: { username: 'head.ga', name: '公安局负责人', passwordHash: 'not-a-login', role: 'DEPT_HEAD', departmentId: police.departmentId },
      select: { id: true, name: true, role: true, departmentId: true, windowId: true },
    });
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);
    const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id, status: 'OPEN' } });
    const before = await dates(id);

    // 行政许可法 art. 42: at most 10 working days for an item handled by one organ.
    await expect(requestExtension(police, { taskId: task.id, days: 11, reason: '需核查' }, tuesday10)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { fieldErrors: { days: ['tooLong'] } },
    });
    const refused = await requestExtension(police, { taskId: task.id, days: 5, reason: '需核查出入境记录' }, tuesday10);
    // Refusing needs a reason (the schema's refinement, reported at the note field).
    await expect(decideExtension(head, { extensionId: refused.id, outcome: 'REFUSED' }, tuesday10)).rejects.toThrow(/reasonRequired/);
    await decideExtension(head, { extensionId: refused.id, outcome: 'REFUSED', note: '理由不足' }, tuesday10);
    expect(await dates(id)).toEqual(before);
    expect((await db.extension.findUniqueOrThrow({ where: { id: refused.id } })).status).toBe('REFUSED');

    // A refused extension does not use up the ten days: ten are still allowed, and move the dates by ten.
    const approved = await requestExtension(police, { taskId: task.id, days: 10, reason: '需核查出入境记录' }, tuesday10);
    await decideExtension(head, { extensionId: approved.id, outcome: 'APPROVED' }, tuesday10);
    // Passport: 7 working days promised from Monday 23rd (due Wednesday 2 December 17:00); +10: Wednesday 16th.
    expect(before.promised).toBe('2026-12-02T09:00:00.000Z');
    expect((await dates(id)).promised).toBe('2026-12-16T09:00:00.000Z');
    await expect(requestExtension(police, { taskId: task.id, days: 1, reason: '再延期' }, tuesday10)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('states the exact dates of a passport case paused for an inspection', async () => {
    const [applicant, clerk, police] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('reviewer.ga')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);
    const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id } });
    // Promised 7 / statutory 15 working days from Monday 23rd (see first-case.test.ts).
    expect(await dates(id)).toMatchObject({ promised: '2026-12-02T09:00:00.000Z', statutory: '2026-12-14T09:00:00.000Z' });
    const s = await startSuspension(police, { taskId: task.id, kind: 'INSPECTION', reason: '核查户籍信息', expectedEndAt: '2026-11-27' }, tuesday10);
    await endSuspension(police, { suspensionId: s.id }, thursday);
    // Two working days later: Friday 4 December and Wednesday 16 December, 17:00.
    expect(await dates(id)).toMatchObject({ status: 'IN_REVIEW', promised: '2026-12-04T09:00:00.000Z', statutory: '2026-12-16T09:00:00.000Z' });
  });
});
