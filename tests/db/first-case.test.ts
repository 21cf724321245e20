import { describe, expect, it } from 'vitest';
import { getApplication } from '@/lib/applications/get-application';
import { listMyApplications } from '@/lib/applications/list-my-applications';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { readStoredFile } from '@/lib/files/read-stored-file';
import { acceptApplication } from '@/lib/intake/accept-application';
import { listIntakeQueue } from '@/lib/intake/list-intake-queue';
import { rejectApplication } from '@/lib/intake/reject-application';
import { requestCorrection } from '@/lib/intake/request-correction';
import { decideTask } from '@/lib/routing/decide-task';
import { listDepartmentTasks } from '@/lib/routing/list-department-tasks';
import { boardFilterSchema } from '@/lib/supervision/schemas';
import { listSupervisionBoard } from '@/lib/supervision/list-supervision-board';
import { actorOf, submitOnline } from '../support/factories';
import { monday } from '../support/instants';

// Monday 2026-11-23 10:00 in Shanghai: a plain working week.

async function auditTrail(applicationId: string) {
  return db.auditEvent.findMany({
    where: { applicationId },
    orderBy: { id: 'asc' },
    select: { action: true, fromStatus: true, toStatus: true, actorId: true },
  });
}

describe('the first case, through every role', () => {
  it('goes from submission to a decision, writing an audit event at each step', async () => {
    const [applicant, clerk, police, supervisor] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('reviewer.ga'), actorOf('supervisor')]);

    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    const submitted = await db.application.findUniqueOrThrow({ where: { id }, include: { materials: true } });
    expect(submitted.status).toBe('SUBMITTED');
    // The ID card comes from the applicant's library (零材料).
    expect(submitted.materials.some((m) => m.status === 'FROM_CERTIFICATE')).toBe(true);
    // Art. 32: 5 working days from Monday 23rd end on Monday 30th at 17:00.
    expect(submitted.intakeDueAt?.toISOString()).toBe('2026-11-30T09:00:00.000Z');

    const queue = await listIntakeQueue(clerk, monday);
    expect(queue.map((q) => q.id)).toContain(id);

    const { receiptNumber } = await acceptApplication(clerk, id, monday);
    expect(receiptNumber).toMatch(/^511602-20261123-\d{5}$/);
    const accepted = await db.application.findUniqueOrThrow({ where: { id } });
    expect(accepted.status).toBe('IN_REVIEW');
    expect(accepted.acceptedAt?.toISOString()).toBe(monday.toISOString());
    // Promised 7 and statutory 15 working days after Monday 23rd.
    expect(accepted.promisedDueAt?.toISOString()).toBe('2026-12-02T09:00:00.000Z');
    expect(accepted.statutoryDueAt?.toISOString()).toBe('2026-12-14T09:00:00.000Z');

    const inbox = await listDepartmentTasks(police);
    expect(inbox).toHaveLength(1);
    const board = await listSupervisionBoard(supervisor, boardFilterSchema.parse({}), monday);
    expect(board.rows.find((r) => r.id === id)).toMatchObject({ warning: 'GREEN', receiptNumber });

    await decideTask(police, { taskId: inbox[0].id, decision: 'APPROVED', opinion: '材料齐全，符合签发条件。' }, monday);
    const decided = await db.application.findUniqueOrThrow({ where: { id } });
    expect(decided).toMatchObject({ status: 'DECIDED', decision: 'APPROVED' });

    const mine = await getApplication(applicant, id);
    expect(mine.timeline.map((e) => e.action)).toEqual(['submit', 'accept', 'route', 'open-task', 'approve-task', 'approve']);
    expect(mine.timeline.every((e) => e.actor === null)).toBe(true);

    const trail = await auditTrail(id);
    expect(trail.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, 'SUBMITTED'],
      ['SUBMITTED', 'ACCEPTED'],
      ['ACCEPTED', 'IN_REVIEW'],
      ['WAITING', 'OPEN'],
      ['OPEN', 'APPROVED'],
      ['IN_REVIEW', 'DECIDED'],
    ]);
    // Applicant-visible transitions are announced through the outbox: submission, acceptance, the
    // decision, and where to collect the result (issue 13 point 1).
    expect(await db.outboxMessage.count({ where: { recipientId: applicant.id } })).toBe(4);
    // Acceptance, the decision and the result's pickup also go out by SMS (issue 5: external copies; the demo
    // applicant has a phone and no e-mail). External copies carry only the address, so the in-app count above stays 4.
    expect(await db.outboxMessage.count({ where: { channel: 'SMS', address: '13800000001' } })).toBe(3);
  });

  it('moves the case to the upper stage only when every parallel task of a stage has approved', async () => {
    const [applicant, clerk] = await Promise.all([actorOf('qiye'), actorOf('clerk')]);
    const { id } = await submitOnline(applicant, '企业开办“一件事”（集成办理）', monday);
    await acceptApplication(clerk, id, monday);
    const tasks = await db.departmentTask.findMany({ where: { applicationId: id }, orderBy: { stageSort: 'asc' } });
    const stages = [...new Set(tasks.map((t) => t.stageSort))];
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const first = tasks.filter((t) => t.stageSort === stages[0]);
    expect(first.every((t) => t.status === 'OPEN')).toBe(true);
    expect(tasks.filter((t) => t.stageSort !== stages[0]).every((t) => t.status === 'WAITING')).toBe(true);
  });
});

describe('intake transitions', () => {
  it('requests every correction in one notice, and refuses with reasons', async () => {
    const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    const materials = await db.applicationMaterial.findMany({ where: { applicationId: id, status: 'PROVIDED' } });
    await requestCorrection(clerk, {
      applicationId: id,
      items: materials.map((m) => ({ materialId: m.id, status: 'DEFECTIVE' as const, reason: '照片不清晰' })),
    });
    const notice = await db.correctionNotice.findFirstOrThrow({ where: { applicationId: id } });
    expect(notice.items).toHaveLength(materials.length);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe('CORRECTION_REQUIRED');

    await rejectApplication(clerk, { applicationId: id, reason: '申请事项不属于本机关职权范围', legalBasis: '《行政许可法》第三十二条' });
    const rejected = await db.application.findUniqueOrThrow({ where: { id } });
    expect(rejected.status).toBe('REJECTED');
    expect(rejected.closedReason).toContain('第三十二条');
  });

  it('lets exactly one of two clerks accept the same application', async () => {
    const [applicant, clerk, lead] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('lead')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    const results = await Promise.allSettled([acceptApplication(clerk, id, monday), acceptApplication(lead, id, monday)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(AppError);
    expect(['CONFLICT', 'INVALID_TRANSITION']).toContain((failed.reason as AppError).code);
    expect(await db.auditEvent.count({ where: { applicationId: id, action: 'accept' } })).toBe(1);
    expect(await db.departmentTask.count({ where: { applicationId: id } })).toBe(1);
  });

  it('gives distinct receipt numbers to applications accepted at the same moment', async () => {
    const [applicant, clerk, lead] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('lead')]);
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push((await submitOnline(applicant, '普通护照签发', monday)).id);
    const numbers = await Promise.all(ids.map((id, i) => acceptApplication(i % 2 ? clerk : lead, id, monday)));
    expect(new Set(numbers.map((n) => n.receiptNumber)).size).toBe(6);
  });
});

describe('who may see what', () => {
  it('hides a case from another applicant and from another department', async () => {
    const [applicant, other, clerk, police, market] = await Promise.all([
      actorOf('zhangsan'),
      actorOf('qiye'),
      actorOf('clerk'),
      actorOf('reviewer.ga'),
      actorOf('reviewer.scj'),
    ]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);

    await expect(getApplication(other, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await listMyApplications(other)).toHaveLength(0);
    await expect(getApplication(market, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await listDepartmentTasks(market)).toHaveLength(0);
    const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id } });
    await expect(decideTask(market, { taskId: task.id, decision: 'APPROVED' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getApplication(police, id)).resolves.toMatchObject({ id });

    const file = await db.storedFile.findFirstOrThrow({ where: { material: { applicationId: id } } });
    await expect(readStoredFile(other, file.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readStoredFile(market, file.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readStoredFile(police, file.id)).resolves.toMatchObject({ mimeType: 'application/pdf' });
  });

  it('keeps intake and supervision to their roles', async () => {
    const [applicant, police] = await Promise.all([actorOf('zhangsan'), actorOf('reviewer.ga')]);
    await expect(listIntakeQueue(applicant)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listIntakeQueue(police)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listSupervisionBoard(police, boardFilterSchema.parse({}))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
