import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { decideTask } from '@/lib/routing/decide-task';
import { getDecisionPreview } from '@/lib/routing/decision-preview';
import { actorOf, submitOnline } from '../support/factories';
import { monday } from '../support/instants';

const JOINT = '企业开办“一件事”（集成办理）';

async function openTaskOf(actor: Actor, applicationId: string) {
  return db.departmentTask.findFirstOrThrow({ where: { applicationId, departmentId: actor.departmentId!, status: 'OPEN' } });
}

// The confirmation before a decision says what decideTask will then do: these read the same case both ways.
describe('what a reviewer is about to issue (the confirmation on the task page)', () => {
  it('names the next stage, then the departments still open beside, and what a denial cancels', async () => {
    const [applicant, clerk, market, hr] = await Promise.all([actorOf('qiye'), actorOf('clerk'), actorOf('reviewer.scj'), actorOf('reviewer.rs')]);
    const { id } = await submitOnline(applicant, JOINT, monday);
    await acceptApplication(clerk, id, monday);
    const first = await openTaskOf(market, id);
    const waiting = await db.departmentTask.findMany({ where: { applicationId: id, status: 'WAITING' }, select: { stageSort: true, stageName: true } });
    const nextSort = Math.min(...waiting.map((t) => t.stageSort));
    const next = waiting.filter((t) => t.stageSort === nextSort);

    const before = await getDecisionPreview(market, first.id);
    expect(before.approval).toMatchObject({ kind: 'nextStage', stageName: next[0]!.stageName });
    expect(before.approval.kind === 'nextStage' && before.approval.departments).toHaveLength(next.length);
    expect(before.cancelledByDenial).toBe(waiting.length);

    await decideTask(market, { taskId: first.id, decision: 'APPROVED', opinion: '登记材料齐全' }, monday);
    const hrTask = await openTaskOf(hr, id);
    const beside = await getDecisionPreview(hr, hrTask.id);
    expect(beside.approval.kind).toBe('waitForOthers');
    const openBeside = await db.departmentTask.count({ where: { applicationId: id, status: 'OPEN', id: { not: hrTask.id } } });
    expect(beside.approval.kind === 'waitForOthers' && beside.approval.departments).toHaveLength(openBeside);
    expect(beside.approval.kind === 'waitForOthers' && beside.approval.departments).toContain('示范县公安局');
    expect(beside.company).toBe(true);
  });

  it('names the result and the certificate when the approval concludes the case, and hides other departments’ tasks', async () => {
    const [applicant, clerk, police, market] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('reviewer.ga'), actorOf('reviewer.scj')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);
    const task = await openTaskOf(police, id);
    const { version } = await db.application.findUniqueOrThrow({
      where: { id },
      select: { version: { select: { resultName: true, resultCertificate: true, type: true } } },
    });

    const preview = await getDecisionPreview(police, task.id);
    expect(preview.approval).toEqual({ kind: 'conclude', resultName: version.resultName, certificate: version.resultCertificate });
    expect(preview).toMatchObject({ licensing: version.type === 'LICENSING', company: false, cancelledByDenial: 0 });
    await expect(getDecisionPreview(market, task.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
