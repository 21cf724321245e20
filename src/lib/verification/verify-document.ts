import 'server-only';
import { sameCode } from '@/lib/check-code';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { succeeded } from '@/lib/limits/failure-throttle';
import { parseInput } from '@/lib/validation';
// The same limiter as the progress page: a receipt's check code is one secret,
// whichever public page it is tried on.
import { beginGuess } from '@/lib/progress/guess-limiter';
import { publicCaseSelect } from '@/lib/progress/public-case';
import { certificateFields, PERSONAL_FIELD_LABELS, printedCertificateSelect } from './certificate-fields';
import { maskPersonName, publicHolderName } from './mask';
import { verifyDocumentSchema, type VerifyDocumentInput } from './schemas';

/**
 * The public verification page (no sign-in): a document's number and the code
 * printed on it. A certificate number with its verify code confirms the
 * certificate; a receipt number (or, before acceptance, the document number)
 * with the case's check code confirms the case's item, decision and date.
 * Anything else — unknown number, wrong code — is the same NOT_FOUND, counted
 * as a wrong guess. What comes back is what the paper already says, with the
 * person's name masked and no ID number.
 */
export async function verifyDocument(input: VerifyDocumentInput & { clientAddress: string }, now = new Date()) {
  const { number, code } = parseInput(verifyDocumentSchema, input);
  const address = input.clientAddress || 'unknown';

  const certificate = await db.certificate.findUnique({
    where: { number },
    select: { ...printedCertificateSelect, id: true, replacedAt: true, holder: { select: { applicantKind: true } } },
  });
  if (certificate) {
    const attempt = await beginGuess(`certificate:${certificate.id}`, address, now);
    if (!sameCode(certificate.verifyCode, code)) throw new AppError('NOT_FOUND');
    await succeeded(attempt);
    const expired = certificate.validUntil !== null && certificate.validUntil <= now;
    return {
      kind: 'certificate' as const,
      number: certificate.number,
      type: certificate.type,
      holder: publicHolderName(certificate.holderName, certificate.holder?.applicantKind === 'COMPANY'),
      issuer: certificate.issuer,
      issuedAt: certificate.issuedAt,
      validUntil: certificate.validUntil,
      scope: certificate.scope,
      fields: certificateFields(certificate.data).filter((f) => !PERSONAL_FIELD_LABELS.includes(f.label)),
      replacedAt: certificate.replacedAt,
      // A replaced certificate answers as replaced, not as valid: a newer one of its type exists.
      status: certificate.status !== 'VALID' ? certificate.status : expired ? ('EXPIRED' as const) : ('VALID' as const),
      checkedAt: now,
    };
  }

  const application = await db.application.findFirst({
    // Correction notices carry their own document number (older ones, and rejections, the case id).
    where: { OR: [{ receiptNumber: number }, { id: number }, { corrections: { some: { documentNumber: number } } }], status: { not: 'DRAFT' } },
    select: { ...publicCaseSelect, applicantKind: true, applicantName: true },
  });
  // Compare against a throwaway code when nothing matched, so timing does not tell which.
  const attempt = await beginGuess(application ? `case:${application.id}` : `number:${number}`, address, now);
  const matches = sameCode(application?.checkCode ?? 'unknown-number', code) && application !== null;
  if (!application || !matches) throw new AppError('NOT_FOUND');
  await succeeded(attempt);
  return {
    kind: 'application' as const,
    // A correction notice's own number when that is what was checked; otherwise the case's current number.
    number: number === application.receiptNumber || number === application.id ? (application.receiptNumber ?? application.id) : number,
    itemName: application.version.name,
    department: application.version.department.name,
    applicant: application.applicantKind === 'COMPANY' ? application.applicantName : maskPersonName(application.applicantName),
    status: application.status,
    decision: application.decision,
    decidedAt: application.decidedAt,
    acceptedAt: application.acceptedAt,
    checkedAt: now,
  };
}
export type VerifiedDocument = Awaited<ReturnType<typeof verifyDocument>>;
