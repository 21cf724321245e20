import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { readStoredFile } from '@/lib/files/read-stored-file';
import { storeUpload } from '@/lib/files/store-upload';
import { acceptApplication } from '@/lib/intake/accept-application';
import { answerCorrection } from '@/lib/intake/answer-correction';
import { getCorrectionNotice } from '@/lib/intake/get-correction-notice';
import { listIntakeQueue } from '@/lib/intake/list-intake-queue';
import { rejectApplication } from '@/lib/intake/reject-application';
import { renderNotice } from '@/lib/intake/render-notice';
import { verifyDocument } from '@/lib/verification/verify-document';
import { requestCorrection } from '@/lib/intake/request-correction';
import { submitApplication } from '@/lib/intake/submit-application';
import { actorOf, pdfBytes, publishedVersion, submitOnline } from '../support/factories';
import { codeOf } from '../support/errors';
import { monday, thursday } from '../support/instants';

// Monday 2026-11-23 10:00 in Shanghai; the answer comes on Thursday 26th 10:00.

async function flagAll(applicationId: string) {
  const clerk = await actorOf('clerk');
  const materials = await db.applicationMaterial.findMany({ where: { applicationId, status: 'PROVIDED' }, orderBy: { name: 'asc' } });
  await requestCorrection(clerk, {
    applicationId,
    items: materials.map((m, i) => ({ materialId: m.id, status: i === 0 ? ('DEFECTIVE' as const) : ('MISSING' as const), reason: '照片不清晰' })),
    note: '请一次补齐',
  });
  return materials;
}

describe('the correction round', () => {
  it('takes replacements online, returns the case to intake and restarts the intake clock', async () => {
    const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    const flagged = await flagAll(id);
    const oldFiles = await db.storedFile.findMany({ where: { materialId: { in: flagged.map((m) => m.id) } }, select: { id: true } });

    const notice = await getCorrectionNotice(applicant, id);
    expect(notice?.items.map((i) => i.materialId).sort()).toEqual(flagged.map((m) => m.id).sort());
    expect(notice?.answeredAt).toBeNull();

    // Every flagged material must be answered at once.
    const partial = await storeUpload(applicant, { name: 'a.pdf', bytes: pdfBytes('a') });
    if (flagged.length > 1) {
      expect(await codeOf(answerCorrection(applicant, { applicationId: id, files: { [flagged[0].id]: [partial.id] } }, thursday))).toBe('MATERIALS_INCOMPLETE');
    }
    const files: Record<string, string[]> = {};
    for (const m of flagged) files[m.id] = [(await storeUpload(applicant, { name: `${m.name}-新.pdf`, bytes: pdfBytes(m.name) })).id];
    // Another applicant cannot answer it.
    expect(await codeOf(answerCorrection(await actorOf('qiye'), { applicationId: id, files }, thursday))).toBe('NOT_FOUND');

    await answerCorrection(applicant, { applicationId: id, files }, thursday);
    const answered = await db.application.findUniqueOrThrow({ where: { id }, include: { materials: { include: { files: true } } } });
    expect(answered.status).toBe('SUBMITTED');
    expect(answered.submittedAt?.toISOString()).toBe(thursday.toISOString());
    // 5 working days from Thursday 26th: Thursday 3 December, 17:00.
    expect(answered.intakeDueAt?.toISOString()).toBe('2026-12-03T09:00:00.000Z');
    for (const m of answered.materials.filter((m) => files[m.id])) {
      expect(m.status).toBe('PROVIDED');
      expect(m.reason).toBeNull();
      expect(m.files.map((f) => f.id)).toEqual(files[m.id]);
    }
    expect(await db.storedFile.count({ where: { id: { in: oldFiles.map((f) => f.id) }, materialId: null } })).toBe(oldFiles.length);
    expect((await getCorrectionNotice(applicant, id))?.answeredAt?.toISOString()).toBe(thursday.toISOString());

    const audit = await db.auditEvent.findMany({ where: { applicationId: id }, orderBy: { id: 'asc' }, select: { action: true, toStatus: true } });
    expect(audit.map((a) => a.action)).toEqual(['submit', 'request-correction', 'answer-correction']);
    expect(await db.outboxMessage.count({ where: { subject: { startsWith: '补正材料已提交' } } })).toBeGreaterThan(0);
    expect((await listIntakeQueue(clerk, thursday)).map((q) => q.id)).toContain(id);

    // A second answer is not a transition any more.
    expect(await codeOf(answerCorrection(applicant, { applicationId: id, files }, thursday))).toBe('INVALID_TRANSITION');
    await acceptApplication(clerk, id, thursday);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).receiptNumber).toMatch(/^511602-20261126-\d{5}$/);
  });

  it('refuses to answer an application that has no open correction', async () => {
    const applicant = await actorOf('zhangsan');
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    expect(await codeOf(answerCorrection(applicant, { applicationId: id, files: {} }, thursday))).toBe('INVALID_TRANSITION');
  });

  it('refuses files of another owner as replacements', async () => {
    const [applicant, other] = await Promise.all([actorOf('zhangsan'), actorOf('qiye')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    const flagged = await flagAll(id);
    const foreign = await storeUpload(other, { name: 'x.pdf', bytes: pdfBytes('x') });
    const files = Object.fromEntries(flagged.map((m) => [m.id, [foreign.id]]));
    expect(await codeOf(answerCorrection(applicant, { applicationId: id, files }, thursday))).toBe('NOT_FOUND');
  });
});

describe('notices', () => {
  it('renders the acceptance, correction and rejection notices for those who may see the case only', async () => {
    const [applicant, other, clerk, police, market] = await Promise.all([
      actorOf('zhangsan'),
      actorOf('qiye'),
      actorOf('clerk'),
      actorOf('reviewer.ga'),
      actorOf('reviewer.scj'),
    ]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    expect(await codeOf(renderNotice(applicant, id, 'acceptance'))).toBe('NOT_FOUND');
    await flagAll(id);
    const correction = await renderNotice(applicant, id, 'correction');
    expect(correction.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(correction.filename).toContain('一次性告知书');
    // The notice carries its own document number, not the case id, and /verify knows it.
    const { documentNumber } = await db.correctionNotice.findFirstOrThrow({ where: { applicationId: id }, select: { documentNumber: true } });
    expect(documentNumber).toMatch(/^511602-BZ-\d{8}-00001$/);
    expect(correction.filename).toBe(`一次性告知书-${documentNumber}.pdf`);
    const { checkCode } = await db.application.findUniqueOrThrow({ where: { id }, select: { checkCode: true } });
    expect(await verifyDocument({ number: documentNumber!, code: checkCode, clientAddress: '203.0.113.250' })).toMatchObject({
      kind: 'application',
      number: documentNumber,
      status: 'CORRECTION_REQUIRED',
    });
    // A second notice of the day gets the next number.
    const another = await submitOnline(applicant, '普通护照签发', monday);
    await flagAll(another.id);
    expect((await db.correctionNotice.findFirstOrThrow({ where: { applicationId: another.id } })).documentNumber).toMatch(/^511602-BZ-\d{8}-00002$/);

    const second = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, second.id, monday);
    const acceptance = await renderNotice(applicant, second.id, 'acceptance');
    if (process.env.PDF_OUT) (await import('node:fs')).writeFileSync(process.env.PDF_OUT, acceptance.bytes);
    expect(acceptance.filename).toMatch(/^受理通知书-511602-20261123-\d{5}\.pdf$/);
    expect((await renderNotice(clerk, second.id, 'acceptance')).bytes.byteLength).toBeGreaterThan(1000);
    // The police department has the routed case; the market department does not.
    expect(await codeOf(renderNotice(police, second.id, 'acceptance'))).toBe('OK');
    expect(await codeOf(renderNotice(market, second.id, 'acceptance'))).toBe('NOT_FOUND');
    expect(await codeOf(renderNotice(other, second.id, 'acceptance'))).toBe('NOT_FOUND');
    expect(await codeOf(renderNotice(other, id, 'correction'))).toBe('NOT_FOUND');

    await rejectApplication(clerk, { applicationId: id, reason: '申请事项不属于本机关职权范围', legalBasis: '《行政许可法》第三十二条' });
    expect((await renderNotice(applicant, id, 'rejection')).filename).toContain('不予受理通知书');
    expect(await codeOf(renderNotice(applicant, second.id, 'rejection'))).toBe('NOT_FOUND');
  });

  it('serves a material file to the case viewers but not to another applicant', async () => {
    const [applicant, other] = await Promise.all([actorOf('zhangsan'), actorOf('qiye')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    const file = await db.storedFile.findFirstOrThrow({ where: { material: { applicationId: id } } });
    expect(await codeOf(readStoredFile(other, file.id))).toBe('NOT_FOUND');
    expect(await codeOf(readStoredFile(await actorOf('clerk'), file.id))).toBe('OK');
  });
});

describe('idempotent submit', () => {
  it('creates one application for the same key, sent twice and twice at once', async () => {
    const applicant = await actorOf('zhangsan');
    const version = await publishedVersion('普通护照签发');
    const held = await db.certificate.findMany({ where: { holderId: applicant.id }, select: { type: true } });
    const files: Record<string, string[]> = {};
    for (const m of version.materials.filter((m) => m.required && !held.some((c) => c.type === m.certificateType))) {
      files[m.id] = [(await storeUpload(applicant, { name: 'm.pdf', bytes: pdfBytes(m.id) })).id];
    }
    const input = { versionId: version.id, contactName: '张三', contactPhone: '13800000001', files };

    const key = randomUUID();
    const first = await submitApplication(applicant, { ...input, submitKey: key }, monday);
    const again = await submitApplication(applicant, { ...input, submitKey: key }, monday);
    expect(again).toEqual({ id: first.id, duplicate: true });

    // Two concurrent calls with a fresh key (and fresh files): one application.
    const files2: Record<string, string[]> = {};
    for (const m of Object.keys(files)) files2[m] = [(await storeUpload(applicant, { name: 'm.pdf', bytes: pdfBytes(m) })).id];
    const key2 = randomUUID();
    const both = await Promise.all([
      submitApplication(applicant, { ...input, files: files2, submitKey: key2 }, monday),
      submitApplication(applicant, { ...input, files: files2, submitKey: key2 }, monday),
    ]);
    expect(both[0].id).toBe(both[1].id);
    expect(both.filter((r) => r.duplicate)).toHaveLength(1);
    expect(await db.application.count({ where: { submitKey: key2 } })).toBe(1);
    expect(await db.auditEvent.count({ where: { applicationId: both[0].id, action: 'submit' } })).toBe(1);

    // Someone else's key is a conflict, never their application.
    expect(await codeOf(submitApplication(await actorOf('qiye'), { ...input, submitKey: key }, monday))).toBe('CONFLICT');
  });
});
