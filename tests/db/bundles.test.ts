import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { acceptBundle } from '@/lib/bundles/accept-bundle';
import { answerBundleCorrection } from '@/lib/bundles/answer-bundle-correction';
import { deliverBundle } from '@/lib/bundles/deliver-bundle';
import { getBundleCase } from '@/lib/bundles/get-bundle-case';
import { getBundleGuide } from '@/lib/bundles/get-bundle-guide';
import { listBundleBoard } from '@/lib/bundles/list-bundle-board';
import { listBundleIntakeQueue } from '@/lib/bundles/list-bundle-intake-queue';
import { listMyBundleCases } from '@/lib/bundles/list-my-bundle-cases';
import { getMemberBundle } from '@/lib/bundles/get-member-bundle';
import { publishBundle } from '@/lib/bundles/publish-bundle';
import { requestBundleCorrection } from '@/lib/bundles/request-bundle-correction';
import { tailorBundle } from '@/lib/bundles/rules';
import { saveBundleDraft } from '@/lib/bundles/save-bundle-draft';
import type { BundleDocument } from '@/lib/bundles/schemas';
import { searchBundles } from '@/lib/bundles/search-bundles';
import { submitBundle } from '@/lib/bundles/submit-bundle';
import { GET as openDataBundles } from '@/app/api/open-data/bundles/route';
import { zhLabel } from '@/app/api/open-data/respond';
import { renderBundleChecklist } from '@/lib/bundles/render-bundle-checklist';
import { db } from '@/lib/db';
import { storeUpload } from '@/lib/files/store-upload';
import { acceptApplication } from '@/lib/intake/accept-application';
import { decideTask } from '@/lib/routing/decide-task';
import { proposeImmediateDecision } from '@/lib/routing/propose-immediate-decision';
import { reviewImmediateDecision } from '@/lib/routing/review-immediate-decision';
import { actorOf, pdfBytes, sampleAnswers } from '../support/factories';
import { monday } from '../support/instants';

const RESTAURANT = 'YJS-KBCYD';
const LICENSE = '000131128000'; // 个体工商户设立登记, 即办件
const FOOD = '000131024000'; // 食品经营许可, waits for the license
const HYGIENE = '511A0015500009';
const SIGN = '512017432001';

const SITUATIONS = ['经营场所面积超过300平方米', '设置户外招牌'];

async function submitRestaurant(applicant: Actor, situations = SITUATIONS) {
  const guide = (await getBundleGuide(RESTAURANT))!;
  const tailored = tailorBundle(guide.members, { situations, optional: [] });
  const held = await db.certificate.findMany({ where: { holderId: applicant.id }, select: { type: true } });
  const files: Record<string, string[]> = {};
  for (const m of tailored.materials) {
    if (m.certificateType && held.some((c) => c.type === m.certificateType)) continue;
    files[m.key] = [(await storeUpload(applicant, { name: `${m.name}.pdf`, bytes: pdfBytes(m.name) })).id];
  }
  const answers = Object.assign({}, ...tailored.members.map((m) => sampleAnswers([...m.fields])));
  const result = await submitBundle(
    applicant,
    { bundleCode: RESTAURANT, submitKey: randomUUID(), situations, contactName: applicant.name, contactPhone: '13800000001', answers, files },
    monday,
  );
  return { ...result, tailored, files, uploads: Object.keys(files).length };
}

async function member(bundleCaseId: string, code: string) {
  return db.application.findFirstOrThrow({
    where: { bundleCaseId, version: { item: { basicCode: code } } },
    select: { id: true, status: true, receiptNumber: true, decision: true },
  });
}

/** A reviewer of the task's department, made for the test when no demo account sits there. */
async function reviewerFor(departmentId: string): Promise<Actor> {
  const existing = await db.user.findFirst({
    where: { departmentId, role: 'REVIEWER' },
    select: { id: true, name: true, role: true, departmentId: true, windowId: true },
  });
  return (
    existing ??
    db.user.create({
      data: { username: `t.${departmentId}`, name: '测试审查', passwordHash: '-', role: 'REVIEWER', departmentId },
      select: { id: true, name: true, role: true, departmentId: true, windowId: true },
    })
  );
}

async function decideAllOpen(applicationId: string, decision: 'APPROVED' | 'DENIED' = 'APPROVED') {
  for (;;) {
    const task = await db.departmentTask.findFirst({ where: { applicationId, status: 'OPEN' }, select: { id: true, departmentId: true } });
    if (!task) return;
    await decideTask(await reviewerFor(task.departmentId), { taskId: task.id, decision, opinion: decision === 'DENIED' ? '不符合条件' : '符合条件' }, monday);
  }
}

/** Concludes a member: 即办件 at the window, others by their departments. */
async function conclude(bundleCaseId: string, code: string) {
  const m = await member(bundleCaseId, code);
  if (m.status === 'ACCEPTED') await decideAtWindow(m.id, 'APPROVED');
  else await decideAllOpen(m.id);
}

async function decideAtWindow(applicationId: string, decision: 'APPROVED' | 'DENIED') {
  const [clerk, lead] = await Promise.all([actorOf('clerk'), actorOf('lead')]);
  const proposal = await proposeImmediateDecision(
    clerk,
    { applicationId, decision, opinion: decision === 'APPROVED' ? '符合条件' : '经营场所不符合要求' },
    monday,
  );
  await reviewImmediateDecision(lead, { proposalId: proposal.id, outcome: 'CONFIRM' }, monday);
}

function doc(overrides: Partial<BundleDocument> = {}): BundleDocument {
  return {
    code: 'T-BUNDLE',
    name: '测试一件事',
    lifeEvent: '开办企业',
    leadDepartmentCode: '',
    promisedLimitDays: 1,
    situations: [],
    description: null,
    members: [
      { itemCode: '511A0064100070', applicability: 'ALWAYS', situations: [], dependsOn: [] },
      { itemCode: '51160200GA-QT-0001', applicability: 'ALWAYS', situations: [], dependsOn: ['511A0064100070'] },
    ],
    ...overrides,
  };
}

describe('bundle definitions (admin)', () => {
  it('refuses a cycle, a member twice, an unpublished member and a limit above the members’, storing nothing; a valid draft publishes', async () => {
    const admin = await actorOf('admin');
    const lead = await db.department.findFirstOrThrow({ where: { itemVersions: { some: { item: { basicCode: '511A0064100070' } } } }, select: { code: true } });
    const base = doc({ leadDepartmentCode: lead.code });
    const before = await db.bundle.count();
    const errorsOf = async (d: BundleDocument) => {
      const error = await saveBundleDraft(admin, { document: d }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'INVALID_INPUT' });
      return (error as { details: { fieldErrors: Record<string, string[]> } }).details.fieldErrors;
    };
    const cycle = {
      ...base,
      members: [base.members[0]!, base.members[1]!].map((m, i) => ({ ...m, dependsOn: [i === 0 ? '51160200GA-QT-0001' : '511A0064100070'] })),
    };
    expect((await errorsOf(cycle)).members).toContain('bundleCycle');
    expect((await errorsOf({ ...base, members: [base.members[0]!, base.members[0]!] }))['members.1.itemCode']).toContain('memberTwice');
    expect((await errorsOf({ ...base, members: [base.members[0]!, { ...base.members[1]!, itemCode: 'NO-SUCH-ITEM' }] }))['members.1.itemCode']).toContain(
      'memberNotPublished',
    );
    // 公司设立登记 3 days statutory + 印章刻制 0.5 promised (no statutory limit) = 3.5.
    expect((await errorsOf({ ...base, promisedLimitDays: 4 })).promisedLimitDays).toContain('bundleLimitAboveMembers');
    expect(await db.bundle.count()).toBe(before);

    const { versionId } = await saveBundleDraft(admin, { document: { ...base, promisedLimitDays: 3.5 } });
    await publishBundle(admin, { versionId });
    expect((await getBundleGuide('T-BUNDLE'))?.members.map((m) => m.code)).toEqual(['511A0064100070', '51160200GA-QT-0001']);
    const second = await saveBundleDraft(admin, { document: { ...base, name: '测试一件事（第二版）' } });
    await publishBundle(admin, { versionId: second.versionId });
    const versions = await db.bundleVersion.findMany({ where: { bundle: { code: 'T-BUNDLE' } }, orderBy: { version: 'asc' }, select: { status: true } });
    expect(versions.map((v) => v.status)).toEqual(['RETIRED', 'PUBLISHED']);
    expect(await db.auditEvent.count({ where: { entity: 'BundleVersion', action: 'publish' } })).toBe(2);
  });
});

describe('一次告知', () => {
  it('finds bundles by name, pinyin, initials and life event, and lists fewer materials than the members’ lists added up', async () => {
    for (const q of ['餐饮店', 'kaibancanyindian', 'kbcyd']) expect((await searchBundles({ q })).map((b) => b.code)).toContain(RESTAURANT);
    expect((await searchBundles({ lifeEvent: '生育' })).map((b) => b.code)).toEqual(['YJS-XSECS']);
    const guide = (await getBundleGuide(RESTAURANT))!;
    const everything = tailorBundle(guide.members, { situations: guide.situations, optional: [] });
    expect(everything.members).toHaveLength(6);
    expect(everything.materials.length).toBeLessThan(everything.materialsAddedUp);
    expect(everything.materials.some((m) => m.uses.length > 1)).toBe(true);
    expect(everything.form.shared.map((f) => f.key)).toContain('floorArea');
    expect(tailorBundle(guide.members, { situations: [], optional: [] }).members.map((m) => m.code)).toEqual(
      [LICENSE, FOOD, '511A0148600000'].filter((c) => guide.members.find((m) => m.code === c)!.applicability === 'ALWAYS'),
    );
  });
});

describe('checklist PDF', () => {
  it('prints the bundle’s one checklist for a choice', async () => {
    const { bytes, filename } = await renderBundleChecklist({ code: RESTAURANT, situations: SITUATIONS, optional: [] }, zhLabel);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(filename).toContain('开办餐饮店');
    await expect(renderBundleChecklist({ code: 'NO-SUCH', situations: [], optional: [] }, zhLabel)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('open data', () => {
  it('lists the published bundles with their members and dependencies', async () => {
    const response = await openDataBundles(new Request('http://portal.test/api/open-data/bundles'));
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const { bundles } = (await response.json()) as { bundles: { code: string; guideUrl: string; members: { code: string; dependsOn: string[] }[] }[] };
    const restaurant = bundles.find((b) => b.code === RESTAURANT)!;
    expect(restaurant.guideUrl).toBe('http://portal.test/services/bundles/YJS-KBCYD');
    expect(restaurant.members.find((m) => m.code === FOOD)?.dependsOn).toEqual([LICENSE]);
  });
});

describe('a bundle from submission to one result pack', () => {
  it('files one case, opens the dependent member when its prerequisite is issued, and delivers the pack once', async () => {
    const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
    const { id, tailored, files, uploads } = await submitRestaurant(applicant);
    expect(tailored.members.map((m) => m.code).sort()).toEqual([LICENSE, FOOD, HYGIENE, SIGN].sort());
    // Each distinct material uploaded once, attached to every member that asks for it.
    expect(uploads).toBeLessThan(tailored.materialsAddedUp);
    const shared = tailored.materials.find((m) => m.uses.length > 1 && files[m.key])!;
    const copies = await db.applicationMaterial.findMany({
      where: { application: { bundleCaseId: id }, name: { in: shared.uses.map((u) => u.requirement.name) } },
      select: { files: { select: { sha256: true } } },
    });
    expect(copies.length).toBe(shared.uses.length);
    expect(new Set(copies.flatMap((c) => c.files.map((f) => f.sha256))).size).toBe(1);
    expect(await db.application.count({ where: { bundleCaseId: id, status: 'SUBMITTED' } })).toBe(4);
    // One row at the window and on the applicant's overview, its members counted.
    const { name } = (await getBundleGuide(RESTAURANT))!;
    expect((await listBundleIntakeQueue(clerk, monday)).find((c) => c.id === id)).toMatchObject({
      name,
      status: 'SUBMITTED',
      channel: 'ONLINE',
      memberCount: 4,
      overdue: false,
    });
    expect((await listBundleIntakeQueue(clerk, new Date(monday.getTime() + 30 * 86400_000))).find((c) => c.id === id)?.overdue).toBe(true);
    await expect(listBundleIntakeQueue(applicant)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listMyBundleCases(applicant)).find((c) => c.id === id)).toMatchObject({
      name,
      status: 'SUBMITTED',
      receiptNumber: null,
      members: 4,
      concluded: 0,
    });
    expect((await listMyBundleCases(await actorOf('qiye'))).some((c) => c.id === id)).toBe(false);

    const { receiptNumber } = await acceptBundle(clerk, { bundleCaseId: id }, monday);
    expect((await listBundleIntakeQueue(clerk, monday)).some((c) => c.id === id)).toBe(false);
    expect((await member(id, LICENSE)).status).toBe('ACCEPTED'); // 即办件 at the window
    expect(await member(id, FOOD)).toMatchObject({ status: 'SUBMITTED', receiptNumber: null }); // waits for the license
    expect((await member(id, HYGIENE)).receiptNumber).toMatch(new RegExp(`^${receiptNumber}-\\d{2}$`));
    // The hygiene department's reviewer sees its case is part of the bundle, with the other members' states.
    const hygiene = await member(id, HYGIENE);
    const hygieneTask = await db.departmentTask.findFirstOrThrow({ where: { applicationId: hygiene.id }, select: { departmentId: true } });
    const seen = await getMemberBundle(await reviewerFor(hygieneTask.departmentId), hygiene.id);
    expect(seen?.members.map((m) => m.status).sort()).toEqual(['ACCEPTED', 'ACCEPTED', 'IN_REVIEW', 'SUBMITTED']);
    expect(await getMemberBundle(await actorOf('reviewer.ga'), hygiene.id)).toBeNull();
    const { board } = await listBundleBoard(await actorOf('supervisor'), monday);
    expect(board.find((b) => b.id === id)).toMatchObject({ concluded: 0, red: false });

    await decideAtWindow((await member(id, LICENSE)).id, 'APPROVED');
    const food = await member(id, FOOD);
    expect(food.status).toBe('ACCEPTED'); // also a 即办件: now at the window
    expect(food.receiptNumber).toBe(`${receiptNumber}-02`);

    for (const code of [FOOD, HYGIENE, SIGN]) await conclude(id, code);
    const concluded = await db.bundleCase.findUniqueOrThrow({ where: { id } });
    expect(concluded.status).toBe('CONCLUDED');
    expect((await listMyBundleCases(applicant)).find((c) => c.id === id)).toMatchObject({ receiptNumber, members: 4, concluded: 4 });
    const notice = await db.outboxMessage.findFirstOrThrow({ where: { recipientId: applicant.id, subject: { startsWith: '一件事已办结' } } });
    expect(notice.body).toContain('食品经营许可');

    const { statistics } = await listBundleBoard(await actorOf('supervisor'), monday);
    expect(statistics.find((s) => s.code === RESTAURANT)).toMatchObject({ count: 1, onTimeRate: 1 });

    await deliverBundle(clerk, { bundleCaseId: id, method: 'ELECTRONIC' }, monday);
    expect(await db.application.count({ where: { bundleCaseId: id, status: 'DELIVERED' } })).toBe(4);
    expect((await getBundleCase(applicant, id)).status).toBe('DELIVERED');
  });

  it('stops the members that depend on a denied one and tells the applicant and the window which go on', async () => {
    const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
    const { id } = await submitRestaurant(applicant);
    await acceptBundle(clerk, { bundleCaseId: id }, monday);
    await decideAtWindow((await member(id, LICENSE)).id, 'DENIED');
    expect((await member(id, FOOD)).status).toBe('WITHDRAWN');
    expect((await member(id, HYGIENE)).status).toBe('IN_REVIEW');
    for (const recipientId of [applicant.id, clerk.id]) {
      const told = await db.outboxMessage.findFirstOrThrow({ where: { recipientId, subject: { startsWith: '一件事部分事项终止' } } });
      expect(told.body).toContain('食品经营许可');
      expect(told.body).toContain('继续办理');
    }
    for (const code of [HYGIENE, SIGN]) await conclude(id, code);
    expect((await db.bundleCase.findUniqueOrThrow({ where: { id } })).status).toBe('CONCLUDED');
  });

  it('sends one correction notice across members and takes each shared material once in the answer', async () => {
    const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
    const { id, tailored, files: uploaded } = await submitRestaurant(applicant);
    const shared = tailored.materials.find((m) => m.uses.length > 1 && uploaded[m.key])!;
    const single = tailored.materials.find((m) => m.uses.length === 1 && uploaded[m.key])!;
    await requestBundleCorrection(clerk, {
      bundleCaseId: id,
      items: [
        { materialKey: shared.key, status: 'DEFECTIVE', reason: '复印件不清晰' },
        { materialKey: single.key, status: 'MISSING', reason: '未提交' },
      ],
    });
    expect(await db.outboxMessage.count({ where: { recipientId: applicant.id, subject: { startsWith: '请补正材料' } } })).toBe(1);
    const flagged = await db.application.count({ where: { bundleCaseId: id, status: 'CORRECTION_REQUIRED' } });
    expect(flagged).toBe(new Set([...shared.uses, ...single.uses].map((u) => u.memberCode)).size);
    await expect(acceptBundle(clerk, { bundleCaseId: id }, monday)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });

    await expect(answerBundleCorrection(applicant, { bundleCaseId: id, files: {} })).rejects.toMatchObject({ code: 'MATERIALS_INCOMPLETE' });
    const files = {
      [shared.key]: [(await storeUpload(applicant, { name: 'new.pdf', bytes: pdfBytes('clear') })).id],
      [single.key]: [(await storeUpload(applicant, { name: 'added.pdf', bytes: pdfBytes('added') })).id],
    };
    await answerBundleCorrection(applicant, { bundleCaseId: id, files }, monday);
    expect(await db.application.count({ where: { bundleCaseId: id, status: 'SUBMITTED' } })).toBe(4);
    expect(await db.applicationMaterial.count({ where: { application: { bundleCaseId: id }, status: { in: ['DEFECTIVE', 'MISSING'] } } })).toBe(0);
    await acceptBundle(clerk, { bundleCaseId: id }, monday);
    expect((await db.bundleCase.findUniqueOrThrow({ where: { id } })).status).toBe('IN_PROGRESS');
  });

  it('has one winner when two windows accept the same bundle at once', async () => {
    const [applicant, clerk, lead] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('lead')]);
    const { id } = await submitRestaurant(applicant);
    // A member is never taken in alone, past its bundle.
    await expect(acceptApplication(clerk, (await member(id, HYGIENE)).id, monday)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const results = await Promise.allSettled([acceptBundle(clerk, { bundleCaseId: id }, monday), acceptBundle(lead, { bundleCaseId: id }, monday)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(loser.reason.code);
    expect(await db.application.count({ where: { bundleCaseId: id, receiptNumber: { not: null } } })).toBe(3);
    expect(await db.auditEvent.count({ where: { entity: 'BundleCase', entityId: id, action: 'accept' } })).toBe(1);
  });
});
