import 'server-only';
import { randomInt } from 'node:crypto';
import type { Tx } from '@/lib/db';
import { newCheckCode } from '@/lib/check-code';
import { certificateTerms } from '@/lib/results/certificate-types';

/**
 * An approved case whose result is a certificate yields an e-certificate in the
 * holder's library, with its type's own fields and term (certificate-types.ts).
 * It replaces the holder's earlier valid certificate of the same type (a renewed
 * passport, a new ID card): the old one stays, marked REPLACED, still verifiable.
 */
export async function issueCertificate(tx: Tx, applicationId: string, now: Date) {
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      applicantId: true,
      applicantKind: true,
      applicantName: true,
      applicantIdNo: true,
      receiptNumber: true,
      formData: true,
      version: {
        select: { resultCertificate: true, resultName: true, departmentId: true, department: { select: { name: true, region: { select: { name: true } } } } },
      },
    },
  });
  const { version } = application;
  if (!version.resultCertificate) return null;
  const issuer = `${version.department.region.name}${version.department.name}`;
  const form = application.formData as { answers?: Record<string, unknown> } | null;
  const { validUntil, fields } = certificateTerms(version.resultCertificate, {
    resultName: version.resultName,
    holderName: application.applicantName,
    holderIdNo: application.applicantIdNo,
    holderKind: application.applicantKind,
    issuer,
    issuedAt: now,
    answers: form?.answers && typeof form.answers === 'object' ? form.answers : {},
  });
  const number = `${now.getUTCFullYear()}${String(randomInt(1e9)).padStart(9, '0')}`;
  const certificate = await tx.certificate.create({
    data: {
      number,
      type: version.resultCertificate,
      holderId: application.applicantId,
      holderName: application.applicantName,
      holderIdNo: application.applicantIdNo,
      issuer,
      issuerDeptId: version.departmentId,
      issuedAt: now,
      validUntil,
      scope: null,
      data: { receiptNumber: application.receiptNumber, fields },
      verifyCode: newCheckCode(8),
      applicationId,
    },
    select: { id: true, number: true },
  });
  // The same holder (by ID number or credit code, the account may differ) and the same type.
  await tx.certificate.updateMany({
    where: { type: version.resultCertificate, holderIdNo: application.applicantIdNo, status: 'VALID', id: { not: certificate.id } },
    data: { status: 'REPLACED', replacedById: certificate.id, replacedAt: now },
  });
  return certificate;
}
