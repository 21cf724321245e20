import 'server-only';
import { randomInt } from 'node:crypto';
import type { Tx } from '@/lib/db';
import { newCheckCode } from '@/lib/check-code';

/** An approved case whose result is a certificate yields an e-certificate in the holder's library. */
export async function issueCertificate(tx: Tx, applicationId: string, now: Date) {
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      applicantId: true,
      applicantName: true,
      applicantIdNo: true,
      receiptNumber: true,
      version: { select: { resultCertificate: true, resultName: true, departmentId: true, department: { select: { name: true, region: { select: { name: true } } } } } },
    },
  });
  const { version } = application;
  if (!version.resultCertificate) return null;
  const number = `${now.getUTCFullYear()}${String(randomInt(1e9)).padStart(9, '0')}`;
  return tx.certificate.create({
    data: {
      number,
      type: version.resultCertificate,
      holderId: application.applicantId,
      holderName: application.applicantName,
      holderIdNo: application.applicantIdNo,
      issuer: `${version.department.region.name}${version.department.name}`,
      issuerDeptId: version.departmentId,
      issuedAt: now,
      scope: version.resultName,
      data: { receiptNumber: application.receiptNumber },
      verifyCode: newCheckCode(8),
      applicationId,
    },
    select: { id: true, number: true },
  });
}
