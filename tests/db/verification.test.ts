import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { rejectApplication } from '@/lib/intake/reject-application';
import { decideTask } from '@/lib/routing/decide-task';
import { verifyDocument } from '@/lib/verification/verify-document';
import { actorOf, submitOnline } from '../support/factories';
import { monday } from '../support/instants';

const tuesday10 = new Date('2026-11-24T02:00:00Z');
const now = new Date('2026-11-25T02:00:00Z');

// Each guess from a client address of its own unless a test says otherwise.
let n = 0;
const address = () => `203.0.113.${++n}`;

async function approvedPassport() {
  const [applicant, clerk, police] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('reviewer.ga')]);
  const { id } = await submitOnline(applicant, '普通护照签发', monday);
  const { receiptNumber } = await acceptApplication(clerk, id, monday);
  const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id, status: 'OPEN' } });
  await decideTask(police, { taskId: task.id, decision: 'APPROVED' }, tuesday10);
  const application = await db.application.findUniqueOrThrow({ where: { id }, select: { checkCode: true, applicantName: true, applicantIdNo: true } });
  const certificate = await db.certificate.findFirstOrThrow({ where: { applicationId: id } });
  return { id, receiptNumber, application, certificate };
}

describe('verifying a printed document', () => {
  it('confirms a certificate by its number and code, with the holder masked and no ID number', async () => {
    const { certificate, application } = await approvedPassport();
    const result = await verifyDocument({ number: certificate.number, code: certificate.verifyCode.toLowerCase(), clientAddress: address() }, now);
    expect(result).toMatchObject({
      kind: 'certificate',
      number: certificate.number,
      type: '中华人民共和国普通护照',
      holder: `${application.applicantName[0]}*`,
      issuer: '示范县公安局',
      status: 'VALID',
      // A passport reads as a passport: its own lines and a term, not 许可范围 repeating its name (issue 13 point 2).
      scope: null,
      validUntil: expect.any(Date),
      fields: expect.arrayContaining([{ label: '护照类型', value: '普通护照（P）' }]),
    });
    expect(JSON.stringify(result)).not.toContain(application.applicantIdNo);
    expect(JSON.stringify(result)).not.toContain(application.applicantName);

    // Revoked certificates are confirmed as revoked, not as valid.
    await db.certificate.update({ where: { id: certificate.id }, data: { status: 'REVOKED' } });
    expect(await verifyDocument({ number: certificate.number, code: certificate.verifyCode, clientAddress: address() }, now)).toMatchObject({
      status: 'REVOKED',
    });
  });

  it('shows a company certificate holder in full', async () => {
    const license = await db.certificate.findFirstOrThrow({ where: { holder: { username: 'qiye' }, type: '营业执照' } });
    expect(await verifyDocument({ number: license.number, code: license.verifyCode, clientAddress: address() }, now)).toMatchObject({
      holder: license.holderName,
    });
  });

  it('confirms a decided case by receipt number and check code, and a rejection notice by its document number', async () => {
    const { id, receiptNumber, application } = await approvedPassport();
    const result = await verifyDocument({ number: receiptNumber, code: application.checkCode, clientAddress: address() }, now);
    expect(result).toMatchObject({
      kind: 'application',
      number: receiptNumber,
      itemName: '普通护照签发',
      department: '公安局',
      decision: 'APPROVED',
      status: 'DECIDED',
      applicant: `${application.applicantName[0]}*`,
    });
    expect(result.kind === 'application' && result.decidedAt?.toISOString()).toBe(tuesday10.toISOString());
    expect(JSON.stringify(result)).not.toContain(application.applicantIdNo);
    // The case id works as the document number too (notices issued before acceptance print it).
    expect(await verifyDocument({ number: id, code: application.checkCode, clientAddress: address() }, now)).toMatchObject({ number: receiptNumber });

    const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
    const rejected = await submitOnline(applicant, '普通护照签发', monday);
    await rejectApplication(clerk, { applicationId: rejected.id, reason: '不属于本中心受理范围', legalBasis: '《中华人民共和国行政许可法》第三十二条' });
    const code = (await db.application.findUniqueOrThrow({ where: { id: rejected.id }, select: { checkCode: true } })).checkCode;
    expect(await verifyDocument({ number: rejected.id, code, clientAddress: address() }, now)).toMatchObject({
      number: rejected.id,
      status: 'REJECTED',
      decision: null,
    });
  });

  it('refuses a wrong code or an unknown number alike, revealing nothing', async () => {
    const { certificate, receiptNumber } = await approvedPassport();
    const client = address();
    for (const [number, code] of [
      [certificate.number, 'WRONG1'],
      [receiptNumber, 'WRONG1'],
      ['511602-20261123-99999', 'ABCDEF'],
      // A certificate's verify code is not the case's check code, and the other way round.
      [receiptNumber, certificate.verifyCode],
    ]) {
      const error = await verifyDocument({ number, code, clientAddress: client }, now).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'NOT_FOUND' });
      expect((error as { details?: unknown }).details).toBeUndefined();
    }
    await expect(verifyDocument({ number: '', code: '', clientAddress: client }, now)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('slows the guessing clients down, never the holder of the paper', async () => {
    const { certificate } = await approvedPassport();
    const guessers = Array.from({ length: 15 }, address);
    for (const client of guessers) {
      await expect(verifyDocument({ number: certificate.number, code: 'WRONG1', clientAddress: client }, now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    // A client that already failed on this certificate meets its count, even with the right code.
    const blocked = await verifyDocument({ number: certificate.number, code: certificate.verifyCode, clientAddress: guessers[0] }, now).catch(
      (e: unknown) => e,
    );
    expect(blocked).toMatchObject({ code: 'RATE_LIMITED' });
    expect((blocked as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds).toBeGreaterThan(0);
    // The holder, on a client of their own, is not locked out.
    expect(await verifyDocument({ number: certificate.number, code: certificate.verifyCode, clientAddress: address() }, now)).toMatchObject({
      status: 'VALID',
    });
  });

  it('counts one secret once: a case’s check code on /verify by receipt number or case id, and on /track', async () => {
    const { id, receiptNumber, application } = await approvedPassport();
    const client = address();
    for (const number of [receiptNumber, id, receiptNumber, id, receiptNumber]) {
      await expect(verifyDocument({ number, code: 'WRONG1', clientAddress: client }, now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    // Five failures of this client on the case's code, whatever number was typed: it waits.
    await expect(verifyDocument({ number: id, code: application.checkCode, clientAddress: client }, now)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    const { lookupProgress } = await import('@/lib/progress/lookup-progress');
    await expect(lookupProgress({ receiptNumber: receiptNumber!, checkCode: application.checkCode, clientAddress: client }, now)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
    expect(await lookupProgress({ receiptNumber: receiptNumber!, checkCode: application.checkCode, clientAddress: address() }, now)).toMatchObject({
      status: 'DECIDED',
    });
  });
});
