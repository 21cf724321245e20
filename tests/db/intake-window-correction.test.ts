import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { readStoredFile } from '@/lib/files/read-stored-file';
import { storeUpload } from '@/lib/files/store-upload';
import { acceptApplication } from '@/lib/intake/accept-application';
import { answerCorrectionAtWindow } from '@/lib/intake/answer-correction-at-window';
import { getCorrectionNotice } from '@/lib/intake/get-correction-notice';
import { listIntakeQueue } from '@/lib/intake/list-intake-queue';
import { requestCorrection } from '@/lib/intake/request-correction';
import { actorOf, pdfBytes, submitOnline } from '../support/factories';
import { codeOf } from '../support/errors';
import { monday, thursday } from '../support/instants';

// Monday 2026-11-23 10:00 in Shanghai; the applicant comes to the window on Thursday 26th 10:00.

/** An online case with two materials flagged in one notice. */
async function caseAwaitingCorrection() {
  const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
  const { id } = await submitOnline(applicant, '普通护照签发', monday);
  const materials = await db.applicationMaterial.findMany({ where: { applicationId: id, status: 'PROVIDED' }, orderBy: { name: 'asc' }, take: 2 });
  expect(materials.length).toBe(2);
  await requestCorrection(clerk, {
    applicationId: id,
    items: materials.map((m, i) => ({ materialId: m.id, status: i === 0 ? ('DEFECTIVE' as const) : ('MISSING' as const), reason: '照片不清晰' })),
  });
  return { id, applicant, clerk, materials };
}

describe('a correction answered at the window', () => {
  it('takes scans and paper, returns the case to intake, audits who did it at which window and tells the applicant', async () => {
    const { id, applicant, clerk, materials } = await caseAwaitingCorrection();
    const [scanned, paper] = materials;
    const oldFiles = await db.storedFile.findMany({ where: { materialId: scanned.id }, select: { id: true } });
    const scan = await storeUpload(clerk, { name: '窗口扫描.pdf', bytes: pdfBytes('scan') });

    // Every flagged material must be answered at once.
    expect(
      await codeOf(answerCorrectionAtWindow(clerk, { applicationId: id, materials: { [scanned.id]: { kind: 'SCANNED', fileIds: [scan.id] } } }, thursday)),
    ).toBe('MATERIALS_INCOMPLETE');

    await answerCorrectionAtWindow(
      clerk,
      { applicationId: id, note: '申请人现场补交', materials: { [scanned.id]: { kind: 'SCANNED', fileIds: [scan.id] }, [paper.id]: { kind: 'PAPER' } } },
      thursday,
    );

    const answered = await db.application.findUniqueOrThrow({ where: { id }, include: { materials: { include: { files: true } } } });
    expect(answered.status).toBe('SUBMITTED');
    expect(answered.submittedAt?.toISOString()).toBe(thursday.toISOString());
    // 5 working days from Thursday 26th: Thursday 3 December, 17:00.
    expect(answered.intakeDueAt?.toISOString()).toBe('2026-12-03T09:00:00.000Z');
    const byId = new Map(answered.materials.map((m) => [m.id, m]));
    expect(byId.get(scanned.id)).toMatchObject({ status: 'PROVIDED', reason: null });
    expect(byId.get(scanned.id)?.files.map((f) => f.id)).toEqual([scan.id]);
    // The scan is the applicant's document now, readable by them; the refused files stay on record, detached.
    expect(byId.get(scanned.id)?.files[0].ownerId).toBe(applicant.id);
    expect((await readStoredFile(applicant, scan.id)).name).toBe('窗口扫描.pdf');
    expect(await db.storedFile.count({ where: { id: { in: oldFiles.map((f) => f.id) }, materialId: null } })).toBe(oldFiles.length);
    expect(byId.get(paper.id)).toMatchObject({ status: 'PROVIDED', reason: null });
    expect(byId.get(paper.id)?.files).toEqual([]);
    expect((await getCorrectionNotice(applicant, id))?.answeredAt?.toISOString()).toBe(thursday.toISOString());

    const audit = await db.auditEvent.findFirstOrThrow({ where: { applicationId: id, action: 'answer-correction-at-window' } });
    expect(audit).toMatchObject({ actorId: clerk.id, actorRole: 'CLERK', reason: '申请人现场补交' });
    expect(audit.data).toMatchObject({
      at: 'window',
      windowId: clerk.windowId,
      materials: [
        { name: scanned.name, how: 'SCANNED' },
        { name: paper.name, how: 'PAPER' },
      ].sort((a, b) => materials.findIndex((m) => m.name === a.name) - materials.findIndex((m) => m.name === b.name)),
    });
    const message = await db.outboxMessage.findFirstOrThrow({ where: { recipientId: applicant.id, subject: { startsWith: '窗口已收取补正材料' } } });
    expect(message.body).toContain(scanned.name);
    expect(message.link).toBe(`/me/applications/${id}`);
    expect((await listIntakeQueue(clerk, thursday)).map((q) => q.id)).toContain(id);

    // Answered once only; then the normal intake decision follows.
    expect(await codeOf(answerCorrectionAtWindow(clerk, { applicationId: id, materials: { [paper.id]: { kind: 'PAPER' } } }, thursday))).toBe(
      'INVALID_TRANSITION',
    );
    await acceptApplication(await actorOf('lead'), id, thursday);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).receiptNumber).toMatch(/^511602-20261126-\d{5}$/);
  });

  it('is for the window only: an applicant or a reviewer finds nothing, and nothing changes', async () => {
    const { id, applicant, materials } = await caseAwaitingCorrection();
    const paperOnly = Object.fromEntries(materials.map((m) => [m.id, { kind: 'PAPER' as const }]));
    expect(await codeOf(answerCorrectionAtWindow(applicant, { applicationId: id, materials: paperOnly }, thursday))).toBe('NOT_FOUND');
    expect(await codeOf(answerCorrectionAtWindow(await actorOf('reviewer.ga'), { applicationId: id, materials: paperOnly }, thursday))).toBe('NOT_FOUND');
    expect(await codeOf(answerCorrectionAtWindow(await actorOf('supervisor'), { applicationId: id, materials: paperOnly }, thursday))).toBe('NOT_FOUND');
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe('CORRECTION_REQUIRED');
    expect(await db.auditEvent.count({ where: { applicationId: id, action: 'answer-correction-at-window' } })).toBe(0);
    // A window lead may.
    await answerCorrectionAtWindow(await actorOf('lead'), { applicationId: id, materials: paperOnly }, thursday);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe('SUBMITTED');
  });

  it('refuses scans that are not the clerk’s own loose uploads, and materials that were not flagged', async () => {
    const { id, applicant, clerk, materials } = await caseAwaitingCorrection();
    const foreign = await storeUpload(applicant, { name: 'mine.pdf', bytes: pdfBytes('mine') });
    const withForeign = { [materials[0].id]: { kind: 'SCANNED' as const, fileIds: [foreign.id] }, [materials[1].id]: { kind: 'PAPER' as const } };
    expect(await codeOf(answerCorrectionAtWindow(clerk, { applicationId: id, materials: withForeign }, thursday))).toBe('NOT_FOUND');
    const other = await db.applicationMaterial.findFirstOrThrow({ where: { applicationId: id, id: { notIn: materials.map((m) => m.id) } } });
    const unflagged = { ...Object.fromEntries(materials.map((m) => [m.id, { kind: 'PAPER' as const }])), [other.id]: { kind: 'PAPER' as const } };
    expect(await codeOf(answerCorrectionAtWindow(clerk, { applicationId: id, materials: unflagged }, thursday))).toBe('NOT_FOUND');
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe('CORRECTION_REQUIRED');
  });
});
