import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Actor } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** A password hash nobody knows, made before the transaction (hashing is slow). */
export async function unusablePasswordHash(): Promise<string> {
  return hashPassword(randomBytes(32).toString('base64url'));
}

/**
 * The person at the counter, found by ID number or registered (walk-in intake
 * of an item or of a bundle). A newly registered person gets an APPLICANT
 * account nobody can sign in to (`passwordHash` from unusablePasswordHash);
 * they activate it themselves on /activate (the audit event
 * 'register-walk-in-applicant' marks such accounts, see
 * src/lib/activation/activatable-account.ts). An ID number that belongs to
 * staff is a CONFLICT.
 */
export async function findOrRegisterWalkInApplicant(tx: Tx, actor: Actor, person: { idNumber: string; name: string; phone: string }, passwordHash: string) {
  const found = await tx.user.findUnique({ where: { idNumber: person.idNumber }, select: { id: true, role: true, name: true } });
  if (found && found.role !== 'APPLICANT') throw new AppError('CONFLICT');
  if (found) return { applicant: found, registered: false };
  const phoneTaken = await tx.user.findUnique({ where: { phone: person.phone }, select: { id: true } });
  const applicant = await tx.user.create({
    data: {
      // Random, not the ID number: a username is shown and typed in the open (issue 14).
      username: `walkin-${randomBytes(6).toString('hex')}`,
      // The phone identifies an account at sign-in; one already in use stays the contact phone only.
      phone: phoneTaken ? null : person.phone,
      name: person.name,
      passwordHash,
      role: 'APPLICANT',
      applicantKind: 'PERSON',
      idNumber: person.idNumber,
    },
    select: { id: true, role: true, name: true },
  });
  await recordAudit(tx, { actor, entity: 'User', entityId: applicant.id, action: 'register-walk-in-applicant', from: null, to: null });
  return { applicant, registered: true };
}
