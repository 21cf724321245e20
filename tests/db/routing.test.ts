import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { AppError } from '@/lib/errors';
import { listMyApplications } from '@/lib/applications/list-my-applications';
import { storeUpload } from '@/lib/files/store-upload';
import { acceptApplication } from '@/lib/intake/accept-application';
import { answerMaterialRequest } from '@/lib/routing/answer-material-request';
import { assignTask } from '@/lib/routing/assign-task';
import { claimTask } from '@/lib/routing/claim-task';
import { decideTask } from '@/lib/routing/decide-task';
import { getDepartmentTask, listDepartmentTasks } from '@/lib/routing/list-department-tasks';
import { listImmediateItems } from '@/lib/routing/list-immediate-items';
import { proposeImmediateDecision } from '@/lib/routing/propose-immediate-decision';
import { reviewImmediateDecision } from '@/lib/routing/review-immediate-decision';
import { startSuspension } from '@/lib/routing/start-suspension';
import { actorOf, pdfBytes, submitOnline, takeOnline } from '../support/factories';
import { monday, thursday } from '../support/instants';

// Monday 2026-11-23 10:00 in Shanghai: a plain working week.
const JOINT = '企业开办“一件事”（集成办理）';

/** A reviewer of a department no demo account sits in (e.g. 民政局), created for the test. */
async function reviewerOf(departmentName: string, regionName: string): Promise<Actor> {
  const department = await db.department.findFirstOrThrow({ where: { name: departmentName, region: { name: regionName } }, select: { id: true } });
  return db.user.create({
    data: { username: `t.${departmentName}.${regionName}`, name: '测试审查', passwordHash: '-', role: 'REVIEWER', departmentId: department.id },
    select: { id: true, name: true, role: true, departmentId: true, windowId: true },
  });
}

async function openTaskOf(actor: Actor, applicationId: string) {
  return db.departmentTask.findFirstOrThrow({ where: { applicationId, departmentId: actor.departmentId!, status: 'OPEN' } });
}

describe('即办件 at the window (一审一核)', () => {
  it('is decided when a window lead confirms the clerk’s proposal, and its certificate is reused later', async () => {
    const [applicant, clerk, lead] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('lead')]);
    const { id } = await submitOnline(applicant, '个体工商户设立登记', monday);
    await acceptApplication(clerk, id, monday);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe('ACCEPTED');
    expect((await listImmediateItems(clerk)).map((a) => a.id)).toContain(id);

    // A denial needs a reason; only the lead confirms, and not their own proposal.
    await expect(proposeImmediateDecision(clerk, { applicationId: id, decision: 'DENIED' })).rejects.toThrow();
    const first = await proposeImmediateDecision(clerk, { applicationId: id, decision: 'APPROVED', opinion: '符合条件' }, monday);
    await expect(proposeImmediateDecision(lead, { applicationId: id, decision: 'APPROVED' }, monday)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(reviewImmediateDecision(clerk, { proposalId: first.id, outcome: 'CONFIRM' }, monday)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Sent back, proposed again, then confirmed.
    await reviewImmediateDecision(lead, { proposalId: first.id, outcome: 'RETURN', note: '请核对经营场所' }, monday);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe('ACCEPTED');
    const second = await proposeImmediateDecision(clerk, { applicationId: id, decision: 'APPROVED', opinion: '已核对，符合条件' }, monday);
    const result = await reviewImmediateDecision(lead, { proposalId: second.id, outcome: 'CONFIRM' }, monday);
    expect(result.decided).toBe(true);

    const decided = await db.application.findUniqueOrThrow({ where: { id } });
    expect(decided).toMatchObject({ status: 'DECIDED', decision: 'APPROVED', decisionReason: '已核对，符合条件' });
    const certificate = await db.certificate.findFirstOrThrow({ where: { applicationId: id } });
    expect(certificate).toMatchObject({ type: '营业执照', holderId: applicant.id, number: result.certificateNumber });
    const audit = await db.auditEvent.findMany({ where: { applicationId: id }, orderBy: { id: 'asc' }, select: { action: true, actorId: true } });
    expect(audit.map((e) => e.action)).toEqual(['submit', 'accept', 'propose-decision', 'return-proposal', 'propose-decision', 'approve']);
    expect(audit.at(-1)?.actorId).toBe(lead.id);
    expect(await db.outboxMessage.count({ where: { recipientId: applicant.id, subject: { startsWith: '准予' } } })).toBe(1);
    expect((await listImmediateItems(clerk)).map((a) => a.id)).not.toContain(id);

    // 食品经营许可 asks for the 营业执照: the one just issued is attached from the library.
    const later = await submitOnline(applicant, '食品经营许可（新办）', monday);
    const reused = await db.applicationMaterial.findFirstOrThrow({
      where: { applicationId: later.id, status: 'FROM_CERTIFICATE', certificateId: certificate.id },
    });
    expect(reused.certificateId).toBe(certificate.id);
  });

  it('refuses a lead confirming their own proposal', async () => {
    const [applicant, clerk, lead] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('lead')]);
    const { id } = await submitOnline(applicant, '《就业创业证》申领', monday);
    await acceptApplication(clerk, id, monday);
    const own = await proposeImmediateDecision(lead, { applicationId: id, decision: 'APPROVED' }, monday);
    await expect(reviewImmediateDecision(lead, { proposalId: own.id, outcome: 'CONFIRM' }, monday)).rejects.toMatchObject({ code: 'SAME_PERSON' });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe('ACCEPTED');
  });
});

describe('routing between departments', () => {
  it('denies a joint item when one of the parallel departments denies, cancelling the others', async () => {
    const [applicant, clerk, market, police, hr] = await Promise.all([
      actorOf('qiye'),
      actorOf('clerk'),
      actorOf('reviewer.scj'),
      actorOf('reviewer.ga'),
      actorOf('reviewer.rs'),
    ]);
    const { id } = await submitOnline(applicant, JOINT, monday);
    await acceptApplication(clerk, id, monday);
    await decideTask(market, { taskId: (await openTaskOf(market, id)).id, decision: 'APPROVED', opinion: '登记材料齐全' }, monday);

    const policeTask = await openTaskOf(police, id);
    await decideTask(hr, { taskId: (await openTaskOf(hr, id)).id, decision: 'APPROVED', opinion: '同意社保登记' }, monday);
    // The police reviewer sees the other departments' opinions of the same stage.
    const view = await getDepartmentTask(police, policeTask.id);
    expect(view.siblings.find((s) => s.departmentName === '示范县人力资源和社会保障局')).toMatchObject({ status: 'APPROVED', opinion: '同意社保登记' });
    expect(view.siblings.length).toBe(4);

    await decideTask(police, { taskId: policeTask.id, decision: 'DENIED', opinion: '印章式样不符合规定' }, monday);
    const decided = await db.application.findUniqueOrThrow({ where: { id } });
    expect(decided).toMatchObject({ status: 'DECIDED', decision: 'DENIED', decisionReason: '印章式样不符合规定' });
    const tasks = await db.departmentTask.findMany({ where: { applicationId: id, stageSort: policeTask.stageSort } });
    expect(tasks.filter((t) => t.status === 'CANCELLED')).toHaveLength(3);
    expect(await db.certificate.count({ where: { applicationId: id } })).toBe(0);
    // Each cancelled task has its own audit event, written by the denying reviewer and naming the denial.
    const cancelledIds = tasks
      .filter((t) => t.status === 'CANCELLED')
      .map((t) => t.id)
      .sort();
    const cancellations = await db.auditEvent.findMany({ where: { applicationId: id, entity: 'DepartmentTask', toStatus: 'CANCELLED' } });
    expect(cancellations.map((e) => e.entityId).sort()).toEqual(cancelledIds);
    for (const e of cancellations) {
      expect(e).toMatchObject({ action: 'cancel-task', fromStatus: 'OPEN', actorId: police.id, actorRole: 'REVIEWER' });
      expect(e.reason).toContain('公安局作出不予决定');
      expect(e.reason).toContain('印章式样不符合规定');
    }
  });

  it('escalates a county item to the city department, which approves it', async () => {
    const [applicant, clerk, county, city] = await Promise.all([
      actorOf('zhangsan'),
      actorOf('clerk'),
      reviewerOf('民政局', '示范县'),
      reviewerOf('民政局', '示范市'),
    ]);
    await takeOnline('临时救助');
    const { id } = await submitOnline(applicant, '临时救助', monday);
    await acceptApplication(clerk, id, monday);
    expect(await listDepartmentTasks(city)).toHaveLength(0);
    await decideTask(county, { taskId: (await openTaskOf(county, id)).id, decision: 'APPROVED', opinion: '初审属实' }, monday);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe('IN_REVIEW');
    const [cityTask] = await listDepartmentTasks(city);
    expect(cityTask.stageName).toBeTruthy();
    await decideTask(city, { taskId: cityTask.id, decision: 'APPROVED', opinion: '同意救助' }, monday);
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'DECIDED', decision: 'APPROVED' });
  });

  it('lets exactly one of two reviewers act on a task seen at the same lock', async () => {
    const [applicant, clerk, market, head] = await Promise.all([actorOf('qiye'), actorOf('clerk'), actorOf('reviewer.scj'), actorOf('head.scj')]);
    const { id } = await submitOnline(applicant, JOINT, monday);
    await acceptApplication(clerk, id, monday);
    const task = await openTaskOf(market, id);

    // Claim and assignment race on the lock.
    const claims = await Promise.allSettled([
      claimTask(market, { taskId: task.id, lock: task.lock }),
      assignTask(head, { taskId: task.id, lock: task.lock, assigneeId: head.id }),
    ]);
    expect(claims.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(((claims.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason as AppError).code).toBe('CONFLICT');

    const seen = await db.departmentTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(seen.lock).toBe(task.lock + 1);
    // A decision made on the stale lock is refused.
    await expect(decideTask(market, { taskId: task.id, decision: 'APPROVED', lock: task.lock }, monday)).rejects.toMatchObject({ code: 'CONFLICT' });

    const decisions = await Promise.allSettled([
      decideTask(market, { taskId: task.id, decision: 'APPROVED', opinion: '同意', lock: seen.lock }, monday),
      decideTask(head, { taskId: task.id, decision: 'DENIED', opinion: '不同意', lock: seen.lock }, monday),
    ]);
    expect(decisions.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const loser = (decisions.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason as AppError;
    expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(loser.code);
    expect(await db.auditEvent.count({ where: { entityId: task.id, action: { in: ['approve-task', 'deny-task'] } } })).toBe(1);
  });

  it('lets the department head assign only to a colleague of the same department, and filters the inbox', async () => {
    const [applicant, clerk, market, police, head] = await Promise.all([
      actorOf('qiye'),
      actorOf('clerk'),
      actorOf('reviewer.scj'),
      actorOf('reviewer.ga'),
      actorOf('head.scj'),
    ]);
    const { id } = await submitOnline(applicant, JOINT, monday);
    await acceptApplication(clerk, id, monday);
    const task = await openTaskOf(market, id);
    await expect(assignTask(market, { taskId: task.id, lock: task.lock, assigneeId: market.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(assignTask(head, { taskId: task.id, lock: task.lock, assigneeId: police.id })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await assignTask(head, { taskId: task.id, lock: task.lock, assigneeId: market.id });
    expect(await db.outboxMessage.count({ where: { recipientId: market.id, subject: { startsWith: '分派' } } })).toBe(1);

    expect((await listDepartmentTasks(market, { status: 'MINE' }, monday)).map((t) => t.id)).toEqual([task.id]);
    expect(await listDepartmentTasks(head, { status: 'MINE' }, monday)).toHaveLength(0);
    expect(await listDepartmentTasks(market, { status: 'OVERDUE' }, monday)).toHaveLength(0);
    const late = new Date(task.dueAt!.getTime() + 60_000);
    expect((await listDepartmentTasks(market, { status: 'OVERDUE' }, late)).map((t) => t.id)).toEqual([task.id]);
    await expect(getDepartmentTask(police, task.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the applicant’s next step on the overview', () => {
  it('is the applicant’s turn while a department waits for more material, and not during a hearing', async () => {
    const [applicant, clerk, police, company] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('reviewer.ga'), actorOf('qiye')]);
    const tuesday = new Date('2026-11-24T02:00:00Z');
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);
    const task = await openTaskOf(police, id);
    const stepOf = async () => (await listMyApplications(applicant)).find((a) => a.id === id)?.nextStep;
    expect(await stepOf()).toMatchObject({ key: 'IN_REVIEW', yourTurn: false, href: null });

    const request = await startSuspension(police, { taskId: task.id, kind: 'AWAITING_APPLICANT', reason: '请补充近期免冠照片电子版' }, tuesday);
    // SUSPENDED alone would read as a special procedure; the open request makes it the applicant's turn.
    expect(await stepOf()).toEqual({ key: 'MATERIAL_REQUESTED', yourTurn: true, href: `/me/applications/${id}`, department: '公安局', procedure: null });
    // Someone else's overview never lists the case, so learns nothing of the request.
    expect((await listMyApplications(company)).some((a) => a.id === id)).toBe(false);

    const photo = await storeUpload(applicant, { name: '照片.pdf', bytes: pdfBytes('photo') });
    await answerMaterialRequest(applicant, { suspensionId: request.id, fileIds: [photo.id] }, thursday);
    expect(await stepOf()).toMatchObject({ key: 'IN_REVIEW', yourTurn: false });

    await startSuspension(police, { taskId: task.id, kind: 'HEARING', reason: '依申请举行听证', expectedEndAt: '2026-12-01' }, thursday);
    expect(await stepOf()).toEqual({ key: 'SUSPENDED_FOR', yourTurn: false, href: null, department: null, procedure: 'HEARING' });
  });
});
