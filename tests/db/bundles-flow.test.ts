import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { acceptBundle } from '@/lib/bundles/accept-bundle';
import { attachBundleDraftFiles } from '@/lib/bundles/attach-bundle-draft-files';
import { findBundleFormDraft, getBundleFormDraft } from '@/lib/bundles/get-bundle-form-draft';
import { pickBundleLibraryFile } from '@/lib/bundles/pick-bundle-library-file';
import { removeBundleDraftFile } from '@/lib/bundles/remove-bundle-draft-file';
import { saveBundleFormDraft } from '@/lib/bundles/save-bundle-form-draft';
import { deliverBundle } from '@/lib/bundles/deliver-bundle';
import { deliverBundlePart } from '@/lib/bundles/deliver-bundle-part';
import { requestEarlyCollection } from '@/lib/bundles/request-early-collection';
import { getBundleCase } from '@/lib/bundles/get-bundle-case';
import { getBundleGuide } from '@/lib/bundles/get-bundle-guide';
import { registerWalkInBundle } from '@/lib/bundles/register-walk-in-bundle';
import { requestBundleCorrection } from '@/lib/bundles/request-bundle-correction';
import { tailorBundle } from '@/lib/bundles/rules';
import { submitBundle } from '@/lib/bundles/submit-bundle';
import { db } from '@/lib/db';
import { listMyApplications } from '@/lib/applications/list-my-applications';
import { deliverOutbox } from '@/lib/notify/deliver-outbox';
import { listNotifications } from '@/lib/notify/list-notifications';
import { storeUpload } from '@/lib/files/store-upload';
import { decideTask } from '@/lib/routing/decide-task';
import { proposeImmediateDecision } from '@/lib/routing/propose-immediate-decision';
import { reviewImmediateDecision } from '@/lib/routing/review-immediate-decision';
import { actorOf, pdfBytes, sampleAnswers } from '../support/factories';
import { monday } from '../support/instants';

const RESTAURANT = 'YJS-KBCYD';
const LICENSE = '000131128000'; // 个体工商户设立登记, 即办件, issues the 营业执照
const FOOD = '000131024000'; // 食品经营许可, waits for the license and asks for it
const HYGIENE = '511A0015500009'; // 公共场所卫生许可, in parallel, also asks for the 营业执照
const NEW_ID = '511602199001011236';
const WALK_IN_SITUATIONS = ['经营场所面积超过300平方米', '设置户外招牌'];

async function member(bundleCaseId: string, code: string) {
  return db.application.findFirstOrThrow({
    where: { bundleCaseId, version: { item: { basicCode: code } } },
    select: { id: true, status: true, receiptNumber: true, channel: true, registeredById: true },
  });
}

async function decideAtWindow(applicationId: string, decision: 'APPROVED' | 'DENIED' = 'APPROVED') {
  const [clerk, lead] = await Promise.all([actorOf('clerk'), actorOf('lead')]);
  const proposal = await proposeImmediateDecision(clerk, { applicationId, decision, opinion: '符合条件' }, monday);
  await reviewImmediateDecision(lead, { proposalId: proposal.id, outcome: 'CONFIRM' }, monday);
}

async function tailored(situations: string[]) {
  const guide = (await getBundleGuide(RESTAURANT))!;
  return tailorBundle(guide.members, { situations, optional: [] });
}

describe('a prerequisite member’s result is not asked of the applicant', () => {
  it('says the 营业执照 comes from the license member, and attaches it before the food licence opens', async () => {
    const plain = await tailored([]);
    // Only the license and the food licence apply: the 营业执照 the food licence asks for is the license's result.
    expect(plain.members.map((m) => m.code)).toEqual([LICENSE, FOOD]);
    expect(plain.materials.some((m) => m.certificateType === '营业执照')).toBe(false);
    expect(plain.fromMembers).toEqual([expect.objectContaining({ certificateType: '营业执照', producer: { code: LICENSE, name: '个体工商户设立登记' } })]);
    expect(plain.fromMembers[0]!.uses.map((u) => u.memberCode)).toEqual([FOOD]);
    // A member in parallel (the hygiene licence) cannot wait for it: it still asks for it, from the applicant.
    const withHygiene = await tailored(['经营场所面积超过300平方米']);
    expect(withHygiene.materials.find((m) => m.certificateType === '营业执照')?.uses.map((u) => u.memberCode)).toEqual([HYGIENE]);
    expect(withHygiene.fromMembers[0]!.uses.map((u) => u.memberCode)).toEqual([FOOD]);

    const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
    const files: Record<string, string[]> = {};
    const held = await db.certificate.findMany({ where: { holderId: applicant.id }, select: { type: true } });
    for (const m of plain.materials) {
      if (m.certificateType && held.some((c) => c.type === m.certificateType)) continue;
      files[m.key] = [(await storeUpload(applicant, { name: `${m.name}.pdf`, bytes: pdfBytes(m.name) })).id];
    }
    const answers = Object.assign({}, ...plain.members.map((m) => sampleAnswers([...m.fields])));
    const { id } = await submitBundle(
      applicant,
      { bundleCode: RESTAURANT, submitKey: randomUUID(), contactName: applicant.name, contactPhone: '13800000001', answers, files },
      monday,
    );
    const food = await member(id, FOOD);
    const waiting = await db.applicationMaterial.findFirstOrThrow({ where: { applicationId: food.id, requirement: { certificateType: '营业执照' } } });
    expect(waiting).toMatchObject({ status: 'FROM_CERTIFICATE', certificateId: null });
    expect(waiting.reason).toContain('个体工商户设立登记');

    const nextStepOfFood = async () => (await listMyApplications(applicant)).find((a) => a.id === food.id)!.nextStep.key;
    expect(await nextStepOfFood()).toBe('SUBMITTED');
    await acceptBundle(clerk, { bundleCaseId: id }, monday);
    expect((await member(id, FOOD)).status).toBe('SUBMITTED');
    // /me says it waits for the license, not for the window that has just accepted the bundle.
    expect(await nextStepOfFood()).toBe('AWAITING_PREREQUISITE');
    await decideAtWindow((await member(id, LICENSE)).id);
    const license = await db.certificate.findFirstOrThrow({ where: { application: { bundleCaseId: id }, type: '营业执照' } });
    expect((await member(id, FOOD)).status).toBe('ACCEPTED');
    expect(await nextStepOfFood()).toBe('ACCEPTED');
    const attached = await db.applicationMaterial.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(attached.certificateId).toBe(license.id);
    expect(await db.auditEvent.count({ where: { applicationId: food.id, action: 'bundle-attach-result' } })).toBe(1);
  });
});

describe('walk-in intake of a bundle at the window (一窗受理)', () => {
  async function walkIn(clerk: Actor, overrides: { status?: 'PRESENT' | 'MISSING' } = {}) {
    const t = await tailored(WALK_IN_SITUATIONS);
    const materials: Record<string, { status: 'PRESENT' | 'MISSING' | 'DEFECTIVE'; reason?: string; fileIds: string[] }> = {};
    for (const [i, m] of t.materials.entries()) {
      const missing = overrides.status === 'MISSING' && i === 0;
      materials[m.key] = missing
        ? { status: 'MISSING', reason: '未带原件', fileIds: [] }
        : { status: 'PRESENT', fileIds: [(await storeUpload(clerk, { name: `${m.name}.pdf`, bytes: pdfBytes(m.name) })).id] };
    }
    const answers = Object.assign({}, ...t.members.map((m) => sampleAnswers([...m.fields])));
    const input = {
      bundleCode: RESTAURANT,
      submitKey: randomUUID(),
      situations: WALK_IN_SITUATIONS,
      idNumber: NEW_ID,
      name: '王五',
      phone: '13977770001',
      answers,
      materials,
    };
    return { t, input };
  }

  it('registers the person, files one bundle case with its member cases from one form, and the same acceptance opens them', async () => {
    const clerk = await actorOf('clerk');
    const { t, input } = await walkIn(clerk);
    const scans = Object.values(input.materials).flatMap((m) => m.fileIds);
    expect(scans.length).toBe(t.materials.length);
    expect(scans.length).toBeLessThan(t.materialsAddedUp);

    const result = await registerWalkInBundle(clerk, input, monday);
    expect(result).toMatchObject({ duplicate: false, registered: true });
    const person = await db.user.findUniqueOrThrow({ where: { idNumber: NEW_ID } });
    const bundleCase = await db.bundleCase.findUniqueOrThrow({ where: { id: result.id } });
    expect(bundleCase).toMatchObject({ channel: 'WINDOW', status: 'SUBMITTED', applicantId: person.id, situations: WALK_IN_SITUATIONS });
    const members = await db.application.findMany({
      where: { bundleCaseId: result.id },
      select: {
        channel: true,
        registeredById: true,
        windowId: true,
        applicantId: true,
        materials: { select: { status: true, files: { select: { ownerId: true, sha256: true } } } },
      },
    });
    expect(members).toHaveLength(t.members.length);
    for (const m of members) expect(m).toMatchObject({ channel: 'WINDOW', registeredById: clerk.id, windowId: clerk.windowId, applicantId: person.id });
    // Each scan serves every member that asks for it, and is the applicant's.
    const files = members.flatMap((m) => m.materials.flatMap((x) => x.files));
    expect(files.length).toBe(t.materials.reduce((n, m) => n + m.uses.length, 0));
    expect(files.every((f) => f.ownerId === person.id)).toBe(true);
    expect(new Set(files.map((f) => f.sha256)).size).toBe(scans.length);
    expect(await db.outboxMessage.count({ where: { recipientId: person.id, subject: { startsWith: '窗口已登记您的一件事申请' } } })).toBe(1);

    // The same key twice files once.
    expect(await registerWalkInBundle(clerk, input, monday)).toMatchObject({ id: result.id, duplicate: true });
    expect(await db.bundleCase.count()).toBe(1);
    // Another window's clerk cannot take over the key.
    await expect(registerWalkInBundle(await actorOf('lead'), input, monday)).rejects.toMatchObject({ code: 'CONFLICT' });

    const { receiptNumber } = await acceptBundle(clerk, { bundleCaseId: result.id }, monday);
    expect((await member(result.id, LICENSE)).receiptNumber).toBe(`${receiptNumber}-01`);
    expect((await member(result.id, FOOD)).status).toBe('SUBMITTED');
    const applicant = { id: person.id, name: person.name, role: person.role, departmentId: null, windowId: null };
    expect((await getBundleCase(applicant, result.id)).status).toBe('IN_PROGRESS');
  });

  it('asks each shared field once, refuses a missing verdict or reason with field errors and stores nothing', async () => {
    const clerk = await actorOf('clerk');
    const { t, input } = await walkIn(clerk);
    const first = t.materials[0]!;
    const noVerdict = { ...input, materials: Object.fromEntries(Object.entries(input.materials).filter(([k]) => k !== first.key)) };
    const error = await registerWalkInBundle(clerk, noVerdict, monday).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { fieldErrors: { [`material.${first.key}`]: ['required'] } } });
    const noReason = { ...input, materials: { ...input.materials, [first.key]: { status: 'MISSING' as const, fileIds: [] } } };
    expect(await registerWalkInBundle(clerk, noReason, monday).catch((e: unknown) => e)).toMatchObject({
      details: { fieldErrors: { [`material.${first.key}`]: ['materialReasonRequired'] } },
    });
    const sharedKey = t.form.shared.find((f) => f.required)!.key;
    expect(await registerWalkInBundle(clerk, { ...input, answers: { ...input.answers, [sharedKey]: '' } }, monday).catch((e: unknown) => e)).toMatchObject({
      details: { fieldErrors: { [`answers.${sharedKey}`]: ['required'] } },
    });
    expect(await db.bundleCase.count()).toBe(0);
    expect(await db.user.count({ where: { idNumber: NEW_ID } })).toBe(0);
  });

  it('files a material found missing at the counter, for the one correction notice', async () => {
    const clerk = await actorOf('clerk');
    const { t, input } = await walkIn(clerk, { status: 'MISSING' });
    const { id } = await registerWalkInBundle(clerk, input, monday);
    const missing = t.materials[0]!;
    expect(await db.applicationMaterial.count({ where: { application: { bundleCaseId: id }, status: 'MISSING', reason: '未带原件' } })).toBe(
      missing.uses.length,
    );
    await requestBundleCorrection(clerk, { bundleCaseId: id, items: [{ materialKey: missing.key, status: 'MISSING', reason: '请补交原件' }] });
    expect((await db.bundleCase.findUniqueOrThrow({ where: { id } })).status).toBe('CORRECTION_REQUIRED');
  });
});

/** Files a restaurant bundle online for the applicant, each asked material uploaded once. */
async function submitRestaurant(applicant: Actor, situations: string[], extra: { draftId?: string; skip?: string[] } = {}) {
  const t = await tailored(situations);
  const held = await db.certificate.findMany({ where: { holderId: applicant.id }, select: { type: true } });
  const files: Record<string, string[]> = {};
  for (const m of t.materials) {
    if ((m.certificateType && held.some((c) => c.type === m.certificateType)) || extra.skip?.includes(m.key)) continue;
    files[m.key] = [(await storeUpload(applicant, { name: `${m.name}.pdf`, bytes: pdfBytes(m.name) })).id];
  }
  const answers = Object.assign({}, ...t.members.map((m) => sampleAnswers([...m.fields])));
  const result = await submitBundle(
    applicant,
    {
      bundleCode: RESTAURANT,
      submitKey: randomUUID(),
      situations,
      contactName: applicant.name,
      contactPhone: '13800000001',
      answers,
      files,
      draftId: extra.draftId,
    },
    monday,
  );
  return { ...result, t, files };
}

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

async function decideAllOpen(applicationId: string) {
  for (;;) {
    const task = await db.departmentTask.findFirst({ where: { applicationId, status: 'OPEN' }, select: { id: true, departmentId: true } });
    if (!task) return;
    await decideTask(await reviewerFor(task.departmentId), { taskId: task.id, decision: 'APPROVED', opinion: '符合条件' }, monday);
  }
}

describe('the applicant’s bundle draft', () => {
  it('autosaves what was typed, resumes it, and keeps a library document picked once for every member that needs it', async () => {
    const applicant = await actorOf('zhangsan');
    const situations = WALK_IN_SITUATIONS;
    // An earlier case of the applicant holds the documents: their material library.
    const earlier = await submitRestaurant(applicant, situations);
    const shared = earlier.t.materials.find((m) => m.uses.length > 1 && earlier.files[m.key])!;
    const source = await db.storedFile.findFirstOrThrow({
      where: { ownerId: applicant.id, material: { name: shared.uses[0]!.requirement.name, application: { bundleCaseId: earlier.id } } },
      select: { id: true },
    });

    const first = await saveBundleFormDraft(
      applicant,
      { bundleCode: RESTAURANT, situations, contactName: '张三', contactPhone: '138', answers: { shopName: '张记', nope: 'x' } },
      monday,
    );
    const saved = await saveBundleFormDraft(
      applicant,
      { draftId: first.id, bundleCode: RESTAURANT, situations, contactName: '张三', contactPhone: '13800000001', note: '请尽快' },
      monday,
    );
    expect(saved.id).toBe(first.id);
    const resumed = (await findBundleFormDraft(applicant, RESTAURANT))!;
    expect(resumed).toMatchObject({ id: first.id, situations, contactPhone: '13800000001', note: '请尽快' });
    expect(resumed.answers).not.toHaveProperty('nope');
    // Someone else's draft is not found.
    await expect(getBundleFormDraft(await actorOf('qiye'), first.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(saveBundleFormDraft(await actorOf('qiye'), { draftId: first.id, bundleCode: RESTAURANT })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Only the applicant's own earlier document, for that material.
    const theirs = await db.storedFile.create({
      data: { ownerId: (await actorOf('qiye')).id, name: 'x.pdf', mimeType: 'application/pdf', size: 1, sha256: 'x', storageKey: `x-${randomUUID()}` },
      select: { id: true },
    });
    await expect(
      pickBundleLibraryFile(applicant, { draftId: first.id, bundleCode: RESTAURANT, situations, materialKey: shared.key, sourceFileId: theirs.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const picked = await pickBundleLibraryFile(applicant, {
      draftId: first.id,
      bundleCode: RESTAURANT,
      situations,
      contactName: '张三',
      contactPhone: '13800000001',
      materialKey: shared.key,
      sourceFileId: source.id,
    });
    expect(picked.files.map((f) => f.id)).toEqual([picked.fileId]);
    expect((await getBundleFormDraft(applicant, first.id)).files[shared.key]!.map((f) => f.id)).toEqual([picked.fileId]);

    // Submitting the draft: the picked document serves every member that asks for it; the draft is gone.
    const { id } = await submitRestaurant(applicant, situations, { draftId: first.id, skip: [shared.key] });
    const rows = await db.applicationMaterial.findMany({
      where: { application: { bundleCaseId: id }, name: { in: shared.uses.map((u) => u.requirement.name) } },
      select: { status: true, files: { select: { sha256: true } } },
    });
    expect(rows).toHaveLength(shared.uses.length);
    expect(rows.every((r) => r.status === 'PROVIDED' && r.files.length === 1)).toBe(true);
    expect(new Set(rows.map((r) => r.files[0]!.sha256)).size).toBe(1);
    expect(await db.bundleDraft.count({ where: { id: first.id } })).toBe(0);
  });

  it('takes a file out of the draft and removes it', async () => {
    const applicant = await actorOf('zhangsan');
    const earlier = await submitRestaurant(applicant, []);
    const material = earlier.t.materials.find((m) => earlier.files[m.key])!;
    const source = await db.storedFile.findFirstOrThrow({
      where: { ownerId: applicant.id, material: { name: material.uses[0]!.requirement.name } },
      select: { id: true },
    });
    const picked = await pickBundleLibraryFile(applicant, { bundleCode: RESTAURANT, materialKey: material.key, sourceFileId: source.id });
    await removeBundleDraftFile(applicant, { draftId: picked.draftId, fileId: picked.fileId });
    expect((await getBundleFormDraft(applicant, picked.draftId)).files[material.key]).toEqual([]);
    expect(await db.storedFile.count({ where: { id: picked.fileId } })).toBe(0);
    await expect(removeBundleDraftFile(applicant, { draftId: picked.draftId, fileId: picked.fileId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("keeps in the draft only the applicant's own loose files, not one sent with a message", async () => {
    const applicant = await actorOf('zhangsan');
    const earlier = await submitRestaurant(applicant, []);
    const material = earlier.t.materials.find((m) => earlier.files[m.key])!;
    const draft = await saveBundleFormDraft(applicant, { bundleCode: RESTAURANT }, monday);
    const sent = await storeUpload(applicant, { name: 'sent.pdf', bytes: pdfBytes('sent') });
    const message = await db.applicationMessage.create({
      data: { applicationId: (await member(earlier.id, LICENSE)).id, authorId: applicant.id, body: '附件', fromApplicant: true },
      select: { id: true },
    });
    await db.storedFile.update({ where: { id: sent.id }, data: { messageId: message.id } });
    await expect(attachBundleDraftFiles(applicant, { draftId: draft.id, materialKey: material.key, fileIds: [sent.id] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const loose = await storeUpload(applicant, { name: 'loose.pdf', bytes: pdfBytes('loose') });
    const files = await attachBundleDraftFiles(applicant, { draftId: draft.id, materialKey: material.key, fileIds: [loose.id] });
    expect(files.map((f) => f.id)).toEqual([loose.id]);
  });
});

describe('early collection of partial results', () => {
  it('hands out the results issued when the applicant asks, and the pack delivers the rest and records it', async () => {
    const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
    const { id } = await submitRestaurant(applicant, ['经营场所面积超过300平方米']);
    // Nothing issued yet: nothing to collect early.
    await expect(requestEarlyCollection(applicant, { bundleCaseId: id }, monday)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await acceptBundle(clerk, { bundleCaseId: id }, monday);
    await expect(requestEarlyCollection(applicant, { bundleCaseId: id }, monday)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await decideAtWindow((await member(id, LICENSE)).id);
    await expect(requestEarlyCollection(await actorOf('qiye'), { bundleCaseId: id }, monday)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deliverBundle(clerk, { bundleCaseId: id, method: 'ELECTRONIC' }, monday)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });

    expect(await requestEarlyCollection(applicant, { bundleCaseId: id }, monday)).toMatchObject({ duplicate: false });
    expect(await requestEarlyCollection(applicant, { bundleCaseId: id }, monday)).toMatchObject({ duplicate: true });
    const told = await db.outboxMessage.findFirstOrThrow({ where: { recipientId: clerk.id, subject: { startsWith: '申请提前领取结果' } } });
    expect(told.body).toContain('个体工商户设立登记');

    // A window hand-over needs the receiver's checked ID (送达回证).
    await expect(deliverBundlePart(clerk, { bundleCaseId: id, method: 'WINDOW' }, monday)).rejects.toMatchObject({ name: 'ZodError' });
    expect(
      await deliverBundlePart(clerk, { bundleCaseId: id, method: 'WINDOW', receiverName: '张三', receiverIdNo: '511602199001011236', idChecked: true }, monday),
    ).toEqual({ delivered: 1 });
    expect((await member(id, LICENSE)).status).toBe('DELIVERED');
    expect(await db.deliveryReceipt.count({ where: { application: { bundleCaseId: id } } })).toBe(1);
    expect((await db.bundleCase.findUniqueOrThrow({ where: { id } })).earlyCollectionRequestedAt).toBeNull();
    expect(await db.auditEvent.count({ where: { entity: 'BundleCase', entityId: id, action: 'deliver-partial' } })).toBe(1);
    // Nothing more issued: nothing to hand out again.
    await expect(deliverBundlePart(clerk, { bundleCaseId: id, method: 'ELECTRONIC' }, monday)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });

    // The food licence opened after the license and concludes; the hygiene licence concludes; then the pack.
    await decideAtWindow((await member(id, FOOD)).id);
    await decideAllOpen((await member(id, HYGIENE)).id);
    expect((await db.bundleCase.findUniqueOrThrow({ where: { id } })).status).toBe('CONCLUDED');
    expect(await deliverBundle(clerk, { bundleCaseId: id, method: 'ELECTRONIC' }, monday)).toEqual({ delivered: 2 });
    expect(await db.application.count({ where: { bundleCaseId: id, status: 'DELIVERED' } })).toBe(3);
    const view = await getBundleCase(applicant, id);
    expect(view.status).toBe('DELIVERED');
    expect(view.members.filter((m) => m.collectedEarly).map((m) => m.code)).toEqual([LICENSE]);
    const notice = await db.outboxMessage.findFirstOrThrow({ where: { recipientId: applicant.id, subject: { startsWith: '一件事办理结果已送达' } } });
    expect(notice.body).toBe('2 个事项的结果一次送达（另有 1 个事项已提前领取）。送达方式：电子送达。');

    // The bundle's notices are message keys: a reader of the English portal reads every one of them in English.
    await deliverOutbox();
    const inEnglish = async (actor: Actor, link: string) =>
      (await listNotifications(actor, { locale: 'en', take: 50 })).notifications.filter((n) => n.link === link).map((n) => `${n.title} | ${n.body}`);
    const applicantReads = await inEnglish(applicant, `/me/bundles/${id}`);
    expect(applicantReads).toContain(
      'Bundle results delivered: 开办餐饮店“一件事” | The results of 2 items were delivered together (1 more item was collected early), electronically.',
    );
    // Submitted, accepted, next items accepted, part delivered, concluded, delivered: no Chinese sentence among them
    // (the names of the bundle and its items stay Chinese, 食品经营许可（新办） with its brackets).
    expect(applicantReads.length).toBeGreaterThanOrEqual(5);
    expect(applicantReads.filter((n) => /[，。：；、！？]/.test(n))).toEqual([]);
    expect(applicantReads).toContain(
      'Accepted: 开办餐饮店“一件事” | Receipt number 511602-20261123-00001. Accepted and sent to the departments: 个体工商户设立登记 (511602-20261123-00001-01); 公共场所卫生许可（新办） (511602-20261123-00001-03). Accepted once the items they depend on are concluded: 食品经营许可（新办）.',
    );
    expect(await inEnglish(clerk, `/desk/bundles/${id}`)).toContain(
      'Early collection requested: 开办餐饮店“一件事” | The applicant asks to collect the results of the items already concluded first: 个体工商户设立登记.',
    );
  });
});
