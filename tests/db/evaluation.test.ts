import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getRectificationLimit } from '@/lib/evaluation/get-rectification-limit';
import { listMyRatings } from '@/lib/evaluation/list-my-ratings';
import { listRectifications } from '@/lib/evaluation/list-rectifications';
import { rateService } from '@/lib/evaluation/rate-service';
import { reviewRectification } from '@/lib/evaluation/review-rectification';
import { updateRectification } from '@/lib/evaluation/update-rectification';
import { updateRectificationLimit } from '@/lib/evaluation/update-rectification-limit';
import { rectificationLimitSchema } from '@/lib/evaluation/schemas';
import { acceptApplication } from '@/lib/intake/accept-application';
import { decideTask } from '@/lib/routing/decide-task';
import { actorOf, submitOnline } from '../support/factories';
import { monday } from '../support/instants';

const online = { overall: 1, efficiency: 2, guideAccuracy: 3, convenience: 2, easeOfUse: 2 };

async function decidedCase() {
  const [applicant, clerk, police] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('reviewer.ga')]);
  const { id } = await submitOnline(applicant, '普通护照签发', monday);
  await acceptApplication(clerk, id, monday);
  const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id, status: 'OPEN' } });
  await decideTask(police, { taskId: task.id, decision: 'APPROVED', opinion: '符合条件。' }, monday);
  return { id, applicant, police };
}

describe('好差评 and rectification', () => {
  it('rates each occasion once, only after it happened, on the indicators of the channel', async () => {
    const [applicant, clerk, other] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('qiye')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await expect(rateService(applicant, { applicationId: id, occasion: 'INTAKE', scores: online }, monday)).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    await acceptApplication(clerk, id, monday);
    expect((await listMyRatings(applicant)).map((r) => [r.occasion, r.evaluation])).toEqual([['INTAKE', null]]);
    // The overall rating is the one question asked; the details alone are not a rating.
    await expect(rateService(applicant, { applicationId: id, occasion: 'INTAKE', scores: { efficiency: 5, easeOfUse: 4 } }, monday)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { fieldErrors: { 'scores.overall': ['ratingRequired'] } },
    });
    await expect(rateService(other, { applicationId: id, occasion: 'INTAKE', scores: online }, monday)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(rateService(clerk, { applicationId: id, occasion: 'INTAKE', scores: online }, monday)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const good = await rateService(applicant, { applicationId: id, occasion: 'INTAKE', scores: { ...online, overall: 5 }, comment: '很快' }, monday);
    expect(good.rectificationId).toBeNull();
    await expect(rateService(applicant, { applicationId: id, occasion: 'INTAKE', scores: online }, monday)).rejects.toMatchObject({ code: 'CONFLICT' });
    const saved = await db.evaluation.findUniqueOrThrow({ where: { id: good.id } });
    expect(saved).toMatchObject({ overall: 5, channel: 'ONLINE', scores: { ...online, overall: 5 }, comment: '很快' });
  });

  it('takes a short rating: the overall one alone, details only where given and of the case’s channel', async () => {
    const { id, applicant } = await decidedCase();
    const { id: ratingId, rectificationId } = await rateService(
      applicant,
      { applicationId: id, occasion: 'CONCLUSION', scores: { overall: 4, attitude: 1 } },
      monday,
    );
    expect(rectificationId).toBeNull();
    // 服务态度 is a window indicator: an online case keeps only what its channel asks.
    expect(await db.evaluation.findUniqueOrThrow({ where: { id: ratingId } })).toMatchObject({ overall: 4, scores: { overall: 4 }, comment: null });
    const [mine] = (await listMyRatings(applicant)).filter((r) => r.occasion === 'CONCLUSION');
    expect(mine?.evaluation?.overall).toBe(4);
  });

  it('takes a bad rating through its rectification to 整改完成, with the call back, and tells the applicant', async () => {
    const { id, applicant, police } = await decidedCase();
    const { rectificationId } = await rateService(applicant, { applicationId: id, occasion: 'CONCLUSION', scores: online, comment: '等太久' }, monday);
    expect(rectificationId).not.toBeNull();
    const [row] = await listRectifications(police, monday);
    // 15 working days after Monday 23 November.
    expect(row).toMatchObject({ id: rectificationId, status: 'PENDING', department: '公安局', overdue: false, comment: '等太久' });
    expect(row.dueAt.toISOString()).toBe('2026-12-14T09:00:00.000Z');
    expect(await db.outboxMessage.count({ where: { recipientId: police.id, subject: { startsWith: '差评待整改' } } })).toBe(1);
    // Another department cannot touch it.
    await expect(updateRectification(await actorOf('reviewer.scj'), { rectificationId: rectificationId!, action: 'start' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    await updateRectification(police, { rectificationId: rectificationId!, action: 'start' }, monday);
    await expect(updateRectification(police, { rectificationId: rectificationId!, action: 'complete', outcome: '优化了审查流程' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await updateRectification(
      police,
      { rectificationId: rectificationId!, action: 'complete', outcome: '优化了审查流程', callbackNote: '11月25日电话回访，申请人表示认可' },
      monday,
    );
    const [mine] = (await listMyRatings(applicant)).filter((r) => r.occasion === 'CONCLUSION');
    expect(mine.evaluation?.rectification).toMatchObject({ status: 'DONE', outcome: '优化了审查流程' });
    expect(await db.outboxMessage.count({ where: { recipientId: applicant.id, link: '/me/ratings' } })).toBe(1);
  });

  it('flags an overdue rectification and has a supervisor review a 无效差评 claim', async () => {
    const { id, applicant, police } = await decidedCase();
    const supervisor = await actorOf('supervisor');
    const { rectificationId } = await rateService(applicant, { applicationId: id, occasion: 'CONCLUSION', scores: { ...online, overall: 2 } }, monday);
    const afterDue = new Date('2026-12-15T02:00:00Z');
    expect((await listRectifications(supervisor, afterDue)).find((r) => r.id === rectificationId)).toMatchObject({ overdue: true, awaitingReview: false });

    await updateRectification(police, { rectificationId: rectificationId!, action: 'invalid', outcome: '评价内容与本办件无关' }, afterDue);
    // Only a supervisor reviews; the department cannot close its own claim.
    await expect(reviewRectification(police, { rectificationId: rectificationId!, verdict: 'accept', note: '同意' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await listRectifications(supervisor, afterDue)).find((r) => r.id === rectificationId)).toMatchObject({
      status: 'INVALID_RATING',
      awaitingReview: true,
    });

    // Returned once, then claimed again and accepted.
    await reviewRectification(supervisor, { rectificationId: rectificationId!, verdict: 'return', note: '请先回访申请人' }, afterDue);
    expect(await db.rectification.findUniqueOrThrow({ where: { id: rectificationId! } })).toMatchObject({ status: 'IN_PROGRESS', closedAt: null });
    await updateRectification(
      police,
      { rectificationId: rectificationId!, action: 'invalid', outcome: '已回访，申请人误评', callbackNote: '电话回访' },
      afterDue,
    );
    await reviewRectification(supervisor, { rectificationId: rectificationId!, verdict: 'accept', note: '认定为无效差评' }, afterDue);
    const closed = (await listRectifications(supervisor, afterDue)).find((r) => r.id === rectificationId)!;
    expect(closed).toMatchObject({ status: 'INVALID_RATING', overdue: false, awaitingReview: false, reviewNote: '认定为无效差评' });
    await expect(reviewRectification(supervisor, { rectificationId: rectificationId!, verdict: 'accept', note: '再次' })).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    const audit = await db.auditEvent.findMany({
      where: { entity: 'Rectification', entityId: rectificationId! },
      orderBy: { id: 'asc' },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual([
      'open-rectification',
      'rectification-invalid',
      'rectification-review-return',
      'rectification-invalid',
      'rectification-review-accept',
    ]);
  });

  it('dues new rectifications by the limit the admin set, audited, while earlier ones keep theirs', async () => {
    const [admin, supervisor, police] = await Promise.all([actorOf('admin'), actorOf('supervisor'), actorOf('reviewer.ga')]);
    const first = await decidedCase();
    const before = await rateService(first.applicant, { applicationId: first.id, occasion: 'CONCLUSION', scores: online }, monday);
    expect(await getRectificationLimit()).toBe(15);

    // The form's schema: whole working days from 1 to 60, one field error key.
    for (const days of ['', '0', '2.5', '61', 'abc']) {
      const parsed = rectificationLimitSchema.safeParse({ days });
      expect(parsed.success, days).toBe(false);
      expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['days', 'wholeWorkingDays']]);
    }
    await expect(updateRectificationLimit(admin, { days: 0 })).rejects.toThrow();
    // Only the center's admin and supervision set it.
    await expect(updateRectificationLimit(police, { days: 5 })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    expect(await updateRectificationLimit(admin, { days: '5' })).toEqual({ days: 5 });
    expect(await getRectificationLimit()).toBe(5);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entity: 'Setting', entityId: 'rectification-limit-days' } });
    expect(audit).toMatchObject({ actorId: admin.id, action: 'update-rectification-limit', data: { before: 15, after: 5 } });

    // A new bad rating on Monday 23 November is due 5 working days later, Mon 30 Nov 17:00; the earlier one keeps 14 Dec.
    const second = await decidedCase();
    const after = await rateService(second.applicant, { applicationId: second.id, occasion: 'CONCLUSION', scores: online }, monday);
    const dues = await db.rectification.findMany({
      where: { id: { in: [before.rectificationId!, after.rectificationId!] } },
      select: { id: true, dueAt: true },
    });
    expect(Object.fromEntries(dues.map((d) => [d.id, d.dueAt.toISOString()]))).toEqual({
      [before.rectificationId!]: '2026-12-14T09:00:00.000Z',
      [after.rectificationId!]: '2026-11-30T09:00:00.000Z',
    });
    expect(await db.outboxMessage.count({ where: { recipientId: police.id, body: { contains: '请在 5 个工作日内整改' } } })).toBe(1);

    await updateRectificationLimit(supervisor, { days: 20 });
    expect(await getRectificationLimit()).toBe(20);
    expect(await db.auditEvent.count({ where: { entity: 'Setting', action: 'update-rectification-limit' } })).toBe(2);
  });
});
