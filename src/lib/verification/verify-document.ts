import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { fieldErrorsOf } from '@/lib/action';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
// The same limiter as the progress page: a receipt's check code is one secret,
// whichever public page it is tried on.
import { guessWait, recordWrongGuess } from '@/lib/progress/guess-limiter';
import { maskPersonName, publicHolderName } from './mask';
import { verifyDocumentSchema, type VerifyDocumentInput } from './schemas';

function sameCode(expected: string, given: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(expected), digest(given));
}

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
  const parsed = verifyDocumentSchema.safeParse(input);
  if (!parsed.success) throw new AppError('INVALID_INPUT', { fieldErrors: fieldErrorsOf(parsed.error) });
  const { number, code } = parsed.data;
  const address = input.clientAddress || 'unknown';

  const wait = await guessWait(address, number);
  if (wait > 0) throw new AppError('RATE_LIMITED', { retryAfterSeconds: wait });

  const certificate = await db.certificate.findUnique({
    where: { number },
    select: {
      number: true,
      type: true,
      holderName: true,
      issuer: true,
      issuedAt: true,
      validUntil: true,
      scope: true,
      status: true,
      verifyCode: true,
      holder: { select: { applicantKind: true } },
    },
  });
  if (certificate) {
    if (!sameCode(certificate.verifyCode, code)) return wrongGuess(address, number);
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
      status: certificate.status === 'REVOKED' ? ('REVOKED' as const) : expired ? ('EXPIRED' as const) : ('VALID' as const),
      checkedAt: now,
    };
  }

  const application = await db.application.findFirst({
    // Correction notices carry their own document number (older ones, and rejections, the case id).
    where: { OR: [{ receiptNumber: number }, { id: number }, { corrections: { some: { documentNumber: number } } }], status: { not: 'DRAFT' } },
    select: {
      id: true,
      checkCode: true,
      receiptNumber: true,
      status: true,
      decision: true,
      decidedAt: true,
      acceptedAt: true,
      applicantKind: true,
      applicantName: true,
      version: { select: { name: true, department: { select: { name: true } } } },
    },
  });
  // Compare against a throwaway code when nothing matched, so timing does not tell which.
  const matches = sameCode(application?.checkCode ?? 'unknown-number', code) && application !== null;
  if (!application || !matches) return wrongGuess(address, number);
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

async function wrongGuess(address: string, number: string): Promise<never> {
  await recordWrongGuess(address, number);
  throw new AppError('NOT_FOUND');
}
