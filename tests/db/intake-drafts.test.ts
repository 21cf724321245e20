import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getApplication } from '@/lib/applications/get-application';
import { listMyApplications } from '@/lib/applications/list-my-applications';
import type { Actor } from '@/lib/auth/actor';
import { canApplyOnline } from '@/lib/catalog/online-application';
import { db } from '@/lib/db';
import { storeUpload } from '@/lib/files/store-upload';
import { attachDraftFiles } from '@/lib/intake/attach-draft-files';
import { deleteDraft } from '@/lib/intake/delete-draft';
import { getDraft } from '@/lib/intake/get-draft';
import { listIntakeQueue } from '@/lib/intake/list-intake-queue';
import { listMyDrafts } from '@/lib/intake/list-my-drafts';
import { removeDraftFile } from '@/lib/intake/remove-draft-file';
import { saveDraft } from '@/lib/intake/save-draft';
import { submitApplication } from '@/lib/intake/submit-application';
import { lookupProgress } from '@/lib/progress/lookup-progress';
import { formFieldsOf } from '@/lib/catalog/form-fields';
import { actorOf, pdfBytes, publishedVersion, sampleAnswers, submitOnline } from '../support/factories';
import { codeOf } from '../support/errors';
import { monday } from '../support/instants';

/** A passport draft of zhangsan with a PDF stored for every material his ID card does not cover. */
async function passportDraft(applicant: Actor) {
  const version = await publishedVersion('普通护照签发');
  const draft = await saveDraft(applicant, { versionId: version.id, contactName: '张三', contactPhone: '1380000', note: '暑期出行' }, monday);
  const held = await db.certificate.findMany({ where: { holderId: applicant.id }, select: { type: true } });
  const needFiles = version.materials.filter((m) => m.required && !(m.certificateType && held.some((c) => c.type === m.certificateType)));
  for (const m of needFiles) {
    const stored = await storeUpload(applicant, { name: `${m.name}.pdf`, bytes: pdfBytes(m.name) });
    await attachDraftFiles(applicant, { draftId: draft.id, materialId: m.id, fileIds: [stored.id] });
  }
  return { draft, version, needFiles };
}

describe('drafts of online applications', () => {
  it('saves as the applicant types, resumes with the stored files, and submits into the same row', async () => {
    const zhangsan = await actorOf('zhangsan');
    const { draft, version, needFiles } = await passportDraft(zhangsan);
    expect(needFiles.length).toBeGreaterThan(0);

    // A later autosave updates the same draft; the files stay.
    const again = await saveDraft(
      zhangsan,
      { draftId: draft.id, versionId: version.id, contactName: '张三', contactPhone: '13800000001', note: '暑期出行，加急' },
      monday,
    );
    expect(again.id).toBe(draft.id);

    const resumed = await getDraft(zhangsan, draft.id);
    expect(resumed).toMatchObject({ contactName: '张三', contactPhone: '13800000001', note: '暑期出行，加急' });
    for (const m of needFiles) expect(resumed.files[m.id]).toEqual([expect.objectContaining({ name: `${m.name}.pdf` })]);
    expect((await listMyDrafts(zhangsan)).map((d) => d.id)).toEqual([draft.id]);

    const result = await submitApplication(
      zhangsan,
      { draftId: draft.id, versionId: version.id, submitKey: randomUUID(), contactName: '张三', contactPhone: '13800000001', note: '暑期出行，加急' },
      monday,
    );
    expect(result).toEqual({ id: draft.id, duplicate: false });
    const application = await db.application.findUniqueOrThrow({ where: { id: draft.id }, include: { materials: { include: { files: true } } } });
    expect(application).toMatchObject({ status: 'SUBMITTED', channel: 'ONLINE', submittedAt: monday });
    expect(application.intakeDueAt).not.toBeNull();
    for (const m of needFiles) expect(application.materials.find((x) => x.requirementId === m.id)?.files).toHaveLength(1);
    expect(await db.application.count({ where: { applicantId: zhangsan.id } })).toBe(1);
    expect(await listMyDrafts(zhangsan)).toEqual([]);
    const audit = await db.auditEvent.findMany({ where: { applicationId: draft.id }, select: { action: true, fromStatus: true, toStatus: true } });
    expect(audit).toEqual([{ action: 'submit', fromStatus: 'DRAFT', toStatus: 'SUBMITTED' }]);

    // The submitted case is no longer a draft: autosaves and draft edits find nothing.
    expect(await codeOf(saveDraft(zhangsan, { draftId: draft.id, versionId: version.id }, monday))).toBe('NOT_FOUND');
    expect(await codeOf(getDraft(zhangsan, draft.id))).toBe('NOT_FOUND');
  });

  it('refuses an online application or draft for an item handled only at the window (online depth below 3)', async () => {
    const zhangsan = await actorOf('zhangsan');
    const version = await publishedVersion('内地居民结婚登记');
    expect(version.onlineDepth).toBeLessThan(3);
    expect(canApplyOnline(version)).toBe(false);
    expect(canApplyOnline(await publishedVersion('普通护照签发'))).toBe(true);
    // Every material supplied, so nothing but the depth stands in the way.
    const files: Record<string, string[]> = {};
    for (const m of version.materials.filter((x) => x.required)) {
      files[m.id] = [(await storeUpload(zhangsan, { name: `${m.name}.pdf`, bytes: pdfBytes(m.name) })).id];
    }
    const input = { versionId: version.id, submitKey: randomUUID(), contactName: '张三', contactPhone: '13800000001', files };
    expect(await codeOf(submitApplication(zhangsan, input, monday))).toBe('NOT_FOUND');
    expect(await codeOf(saveDraft(zhangsan, { versionId: version.id }, monday))).toBe('NOT_FOUND');
    expect(await db.application.count({ where: { applicantId: zhangsan.id } })).toBe(0);
  });

  it('files a 如适用 material when the applicant gives it, and does not ask for it otherwise', async () => {
    const qiye = await actorOf('qiye');
    const material = await db.materialRequirement.findFirstOrThrow({
      where: { required: false, situations: { none: {} }, version: { status: 'PUBLISHED', onlineDepth: { gte: 3 } } },
      select: { id: true, name: true, version: { select: { name: true } } },
    });
    const without = await submitOnline(qiye, material.version.name, monday);
    expect(await db.applicationMaterial.count({ where: { applicationId: without.id, requirementId: material.id } })).toBe(0);

    const version = await publishedVersion(material.version.name);
    const held = await db.certificate.findMany({ where: { holderId: qiye.id }, select: { type: true } });
    const files: Record<string, string[]> = {};
    for (const m of [
      ...version.materials.filter((x) => x.required && !(x.certificateType && held.some((c) => c.type === x.certificateType))),
      { id: material.id, name: material.name },
    ]) {
      files[m.id] = [(await storeUpload(qiye, { name: `${m.name}.pdf`, bytes: pdfBytes(m.name) })).id];
    }
    const withIt = await submitApplication(
      qiye,
      {
        versionId: version.id,
        submitKey: randomUUID(),
        contactName: '李经理',
        contactPhone: '13800000002',
        files,
        answers: sampleAnswers(formFieldsOf(version.formFields)),
      },
      monday,
    );
    const filed = await db.applicationMaterial.findFirstOrThrow({ where: { applicationId: withIt.id, requirementId: material.id }, include: { files: true } });
    expect(filed.status).toBe('PROVIDED');
    expect(filed.files).toHaveLength(1);
  });

  it('files a draft once when it is submitted twice at the same moment', async () => {
    const zhangsan = await actorOf('zhangsan');
    const { draft, version } = await passportDraft(zhangsan);
    const submit = () =>
      submitApplication(
        zhangsan,
        { draftId: draft.id, versionId: version.id, submitKey: randomUUID(), contactName: '张三', contactPhone: '13800000001' },
        monday,
      );
    const results = await Promise.all([submit(), submit(), submit()]);
    expect(new Set(results.map((r) => r.id))).toEqual(new Set([draft.id]));
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await db.application.count({ where: { applicantId: zhangsan.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { applicationId: draft.id, action: 'submit' } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { recipientId: zhangsan.id, subject: { startsWith: '申请已提交' } } })).toBe(1);
    // And once more afterwards, e.g. a retry after a network error.
    expect(await submit()).toEqual({ id: draft.id, duplicate: true });
  });

  it('lets nobody but the owner see, save, change, delete or submit a draft', async () => {
    const [zhangsan, qiye] = await Promise.all([actorOf('zhangsan'), actorOf('qiye')]);
    const { draft, version, needFiles } = await passportDraft(zhangsan);
    const fileId = (await getDraft(zhangsan, draft.id)).files[needFiles[0].id][0].id;
    const own = await storeUpload(qiye, { name: 'x.pdf', bytes: pdfBytes('x') });

    expect(await codeOf(getDraft(qiye, draft.id))).toBe('NOT_FOUND');
    expect(await codeOf(saveDraft(qiye, { draftId: draft.id, versionId: version.id, contactName: '李' }, monday))).toBe('NOT_FOUND');
    expect(await codeOf(attachDraftFiles(qiye, { draftId: draft.id, materialId: needFiles[0].id, fileIds: [own.id] }))).toBe('NOT_FOUND');
    expect(await codeOf(removeDraftFile(qiye, { draftId: draft.id, fileId }))).toBe('NOT_FOUND');
    expect(await codeOf(deleteDraft(qiye, { draftId: draft.id }))).toBe('NOT_FOUND');
    expect(
      await codeOf(
        submitApplication(qiye, { draftId: draft.id, versionId: version.id, submitKey: randomUUID(), contactName: '李', contactPhone: '13800000002' }, monday),
      ),
    ).toBe('NOT_FOUND');
    expect(await listMyDrafts(qiye)).toEqual([]);
    // Someone else's file cannot be slipped into one's own draft either.
    expect(await codeOf(attachDraftFiles(zhangsan, { draftId: draft.id, materialId: needFiles[0].id, fileIds: [own.id] }))).toBe('NOT_FOUND');
    expect(await codeOf(getDraft(await actorOf('clerk'), draft.id))).toBe('NOT_FOUND');

    const untouched = await getDraft(zhangsan, draft.id);
    expect(untouched.contactName).toBe('张三');

    // The owner removes a file, then throws the whole draft away with its files.
    await removeDraftFile(zhangsan, { draftId: draft.id, fileId });
    expect((await getDraft(zhangsan, draft.id)).files[needFiles[0].id]).toEqual([]);
    expect(await db.storedFile.count({ where: { id: fileId } })).toBe(0);
    await deleteDraft(zhangsan, { draftId: draft.id });
    expect(await db.application.count({ where: { id: draft.id } })).toBe(0);
    expect(await db.storedFile.count({ where: { ownerId: zhangsan.id, materialId: null } })).toBe(0);
  });

  it('keeps drafts out of staff lists, the applicant list of cases and the public progress lookup', async () => {
    const zhangsan = await actorOf('zhangsan');
    const { draft } = await passportDraft(zhangsan);
    const row = await db.application.findUniqueOrThrow({ where: { id: draft.id }, select: { checkCode: true, status: true } });
    expect(row.status).toBe('DRAFT');

    for (const username of ['clerk', 'lead', 'supervisor', 'admin', 'reviewer.ga']) {
      expect(await codeOf(getApplication(await actorOf(username), draft.id))).toBe('NOT_FOUND');
    }
    expect(await codeOf(getApplication(zhangsan, draft.id))).toBe('NOT_FOUND');
    expect((await listIntakeQueue(await actorOf('clerk'), monday)).map((a) => a.id)).not.toContain(draft.id);
    expect(await listMyApplications(zhangsan)).toEqual([]);
    expect(await codeOf(lookupProgress({ receiptNumber: '511602-20261123-00001', checkCode: row.checkCode, clientAddress: '10.9.0.1' }, monday))).toBe(
      'NOT_FOUND',
    );
  });
});
