import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getApplication } from '@/lib/applications/get-application';
import { verifyPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { readStoredFile } from '@/lib/files/read-stored-file';
import { storeUpload } from '@/lib/files/store-upload';
import { acceptApplication } from '@/lib/intake/accept-application';
import { registerWalkIn } from '@/lib/intake/register-walk-in';
import { requestCorrection } from '@/lib/intake/request-correction';
import { actorOf, pdfBytes, publishedVersion } from '../support/factories';
import { codeOf } from '../support/errors';
import { monday } from '../support/instants';

const NEW_ID = '511602199001011236';

async function walkInInput(clerkId: string, overrides: Partial<{ status: 'PRESENT' | 'MISSING' | 'DEFECTIVE' }> = {}) {
  const clerk = await db.user.findUniqueOrThrow({ where: { id: clerkId }, select: { id: true, name: true, role: true, departmentId: true, windowId: true } });
  const version = await publishedVersion('普通护照签发');
  const materials: Record<string, { status: 'PRESENT' | 'MISSING' | 'DEFECTIVE'; reason?: string; fileIds: string[] }> = {};
  for (const m of version.materials.filter((m) => m.required)) {
    const scan = await storeUpload(clerk, { name: `${m.name}.pdf`, bytes: pdfBytes(m.name) });
    materials[m.id] = { status: overrides.status ?? 'PRESENT', reason: overrides.status ? '原件未带' : '', fileIds: [scan.id] };
  }
  return { version, input: { submitKey: randomUUID(), idNumber: NEW_ID, name: '王五', phone: '13977770001', versionId: version.id, materials } };
}

describe('walk-in intake at the general window', () => {
  it('registers a new applicant with an unusable password and submits on their behalf', async () => {
    const clerk = await actorOf('clerk');
    const { input } = await walkInInput(clerk.id);
    const result = await registerWalkIn(clerk, input, monday);
    expect(result).toMatchObject({ duplicate: false, registered: true });

    const application = await db.application.findUniqueOrThrow({ where: { id: result.id }, include: { materials: { include: { files: true } } } });
    expect(application).toMatchObject({ status: 'SUBMITTED', channel: 'WINDOW', registeredById: clerk.id, windowId: clerk.windowId, applicantIdNo: NEW_ID });
    expect(application.materials.every((m) => m.status === 'PROVIDED' && m.files.length === 1)).toBe(true);

    const person = await db.user.findUniqueOrThrow({ where: { idNumber: NEW_ID } });
    expect(person).toMatchObject({ role: 'APPLICANT', name: '王五', phone: '13977770001' });
    // The username is shown and typed in the open: it must not carry the ID number.
    expect(person.username).toMatch(/^walkin-[0-9a-f]{12}$/);
    expect(person.username).not.toContain(NEW_ID);
    expect(await verifyPassword(person.passwordHash, 'Demo@2026')).toBe(false);

    // The applicant sees the case and its scans online.
    const applicant = { id: person.id, name: person.name, role: person.role, departmentId: null, windowId: null };
    expect((await getApplication(applicant, result.id)).channel).toBe('WINDOW');
    const scan = application.materials[0].files[0];
    expect(await codeOf(readStoredFile(applicant, scan.id))).toBe('OK');
    expect(await codeOf(readStoredFile(await actorOf('qiye'), scan.id))).toBe('NOT_FOUND');

    // Same key again: the same application.
    expect(await registerWalkIn(clerk, input, monday)).toMatchObject({ id: result.id, duplicate: true });
    await acceptApplication(clerk, result.id, monday);
    expect((await db.application.findUniqueOrThrow({ where: { id: result.id } })).status).toBe('IN_REVIEW');
  });

  it('finds an existing applicant by ID number and uses their e-certificates', async () => {
    const clerk = await actorOf('clerk');
    const zhangsan = await db.user.findUniqueOrThrow({ where: { username: 'zhangsan' } });
    const { input, version } = await walkInInput(clerk.id);
    const idCard = version.materials.find((m) => m.certificateType && m.required);
    if (idCard) input.materials[idCard.id].fileIds = [];
    const result = await registerWalkIn(clerk, { ...input, idNumber: zhangsan.idNumber!, name: zhangsan.name }, monday);
    expect(result.registered).toBe(false);
    const application = await db.application.findUniqueOrThrow({ where: { id: result.id }, include: { materials: true } });
    expect(application.applicantId).toBe(zhangsan.id);
    if (idCard) expect(application.materials.find((m) => m.requirementId === idCard.id)?.status).toBe('FROM_CERTIFICATE');
  });

  it('records missing materials with their reasons, ready for a correction notice', async () => {
    const clerk = await actorOf('clerk');
    const { input } = await walkInInput(clerk.id, { status: 'MISSING' });
    const { id } = await registerWalkIn(clerk, input, monday);
    const missing = await db.applicationMaterial.findMany({ where: { applicationId: id } });
    expect(missing.every((m) => m.status === 'MISSING' && m.reason === '原件未带')).toBe(true);
    await requestCorrection(clerk, { applicationId: id, items: missing.map((m) => ({ materialId: m.id, status: 'MISSING' as const, reason: m.reason! })) });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe('CORRECTION_REQUIRED');
  });

  it('refuses a wrong ID check digit, a missing reason, another role and foreign files', async () => {
    const clerk = await actorOf('clerk');
    const { input } = await walkInInput(clerk.id);
    expect(await codeOf(registerWalkIn(clerk, { ...input, idNumber: '511602199001011237' }, monday)).catch(() => 'ZOD')).toBe('ZOD');
    const firstMaterial = Object.keys(input.materials)[0];
    const noReason = { ...input, materials: { ...input.materials, [firstMaterial]: { status: 'DEFECTIVE' as const, fileIds: [] } } };
    expect(await codeOf(registerWalkIn(clerk, noReason, monday))).toBe('INVALID_INPUT');
    expect(await codeOf(registerWalkIn(await actorOf('zhangsan'), input, monday))).toBe('NOT_FOUND');
    expect(await codeOf(registerWalkIn(await actorOf('reviewer.ga'), input, monday))).toBe('NOT_FOUND');
    // Scans uploaded by another clerk are not this clerk's to attach.
    const lead = await actorOf('lead');
    expect(await codeOf(registerWalkIn(lead, { ...input, submitKey: randomUUID() }, monday))).toBe('NOT_FOUND');
  });
});
