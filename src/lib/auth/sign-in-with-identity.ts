import 'server-only';
import { randomBytes } from 'node:crypto';
import { Prisma } from '@/generated/prisma/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { db, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { isValidIdNumber } from '@/lib/id-number';
import { hashPassword } from './password';

export type IdentityClaims = Record<string, unknown>;
export type ClaimNames = { idNumber: string; name: string; phone: string; creditCode: string; companyName: string };

const account = {
  id: true,
  name: true,
  role: true,
  departmentId: true,
  windowId: true,
  active: true,
  sessionVersion: true,
  oidcSubject: true,
  username: true,
} as const;
type Account = Prisma.UserGetPayload<{ select: typeof account }>;

// 统一社会信用代码 (GB 32100): 18 characters of digits and capitals without I, O, Z, S, V.
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

function text(claims: IdentityClaims, name: string, max: number): string | null {
  const value = claims[name];
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed && trimmed.length <= max ? trimmed : null;
}

/**
 * Signs a person in from the unified identity platform's verified claims
 * (issue 16 point 5). The platform's subject, once linked, finds the account
 * again. The first time, the ID number claim links the person to the account
 * the portal already has for that number — one a clerk made at the window for
 * a walk-in applicant included, which needs no activation then: the platform
 * has verified the person — and a company (a credit code claim) to its company
 * account; otherwise a new applicant account is made, with a password nobody
 * knows (the platform is how it signs in; /activate can add a password later).
 * Staff accounts link the same way, by the ID number on file.
 * Refuses (NOT_FOUND) a deactivated account, and (CONFLICT) an account already
 * linked to another subject; INVALID_INPUT when the claims lack what is needed.
 */
export async function signInWithIdentity(
  claims: IdentityClaims,
  names: ClaimNames,
  retried = false,
): Promise<{ id: string; name: string; sessionVersion: number; created: boolean }> {
  const subject = text(claims, 'sub', 255);
  if (!subject) throw new AppError('INVALID_INPUT', { claim: 'sub' });
  const linked = await db.user.findUnique({ where: { oidcSubject: subject }, select: account });
  if (linked) return signedIn(linked, false);

  const idNumber = text(claims, names.idNumber, 18)?.toUpperCase() ?? null;
  const creditCode = text(claims, names.creditCode, 18)?.toUpperCase() ?? null;
  const personName = text(claims, names.name, 50);
  if (creditCode !== null && !CREDIT_CODE.test(creditCode)) throw new AppError('INVALID_INPUT', { claim: names.creditCode });
  if (creditCode === null && (idNumber === null || !isValidIdNumber(idNumber))) throw new AppError('INVALID_INPUT', { claim: names.idNumber });

  try {
    return await db.$transaction(async (tx) => {
      const existing = creditCode
        ? await tx.user.findFirst({ where: { applicantKind: 'COMPANY', creditCode }, orderBy: { createdAt: 'asc' }, select: account })
        : await tx.user.findUnique({ where: { idNumber: idNumber! }, select: account });
      if (existing) {
        if (existing.oidcSubject && existing.oidcSubject !== subject) throw new AppError('CONFLICT');
        if (!existing.active) throw new AppError('NOT_FOUND');
        await tx.user.update({ where: { id: existing.id }, data: { oidcSubject: subject } });
        await recordAudit(tx, {
          actor: existing,
          entity: 'User',
          entityId: existing.id,
          action: 'link-oidc-identity',
          data: { by: creditCode ? 'creditCode' : 'idNumber', walkIn: existing.username.startsWith('walkin-') },
        });
        return signedIn(existing, false);
      }
      if (!personName) throw new AppError('INVALID_INPUT', { claim: names.name });
      const companyName = creditCode ? text(claims, names.companyName, 100) : null;
      if (creditCode && !companyName) throw new AppError('INVALID_INPUT', { claim: names.companyName });
      const created = await tx.user.create({
        data: {
          // Random, not the ID number: a username is shown and typed in the open (issue 14).
          username: `uia-${randomBytes(6).toString('hex')}`,
          phone: await freePhone(tx, text(claims, names.phone, 20)),
          name: personName,
          passwordHash: await hashPassword(randomBytes(32).toString('base64url')),
          role: 'APPLICANT',
          applicantKind: creditCode ? 'COMPANY' : 'PERSON',
          // A company's representative keeps their own number only where no other account has it.
          idNumber: idNumber && isValidIdNumber(idNumber) && !(await tx.user.findUnique({ where: { idNumber }, select: { id: true } })) ? idNumber : null,
          companyName,
          creditCode,
          oidcSubject: subject,
        },
        select: account,
      });
      await recordAudit(tx, {
        actor: created,
        entity: 'User',
        entityId: created.id,
        action: 'register-oidc-applicant',
        data: { kind: creditCode ? 'COMPANY' : 'PERSON' },
      });
      return signedIn(created, true);
    });
  } catch (error) {
    // Two first sign-ins of one person at once: the loser finds the winner's account.
    if (!retried && error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return signInWithIdentity(claims, names, true);
    throw error;
  }
}

function signedIn(user: Account, created: boolean) {
  if (!user.active) throw new AppError('NOT_FOUND');
  return { id: user.id, name: user.name, sessionVersion: user.sessionVersion, created };
}

/** The phone identifies an account at sign-in: one already in use, or not a mainland mobile number, is not taken over. */
async function freePhone(tx: Tx, phone: string | null): Promise<string | null> {
  const normalized = phone?.replace(/^\+?86/, '') ?? null;
  if (!normalized || !/^1\d{10}$/.test(normalized)) return null;
  return (await tx.user.findUnique({ where: { phone: normalized }, select: { id: true } })) ? null : normalized;
}
