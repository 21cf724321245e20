import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** Certificates of a holder that are valid now: what can replace a material (零材料). */
export function heldCertificateWhere(holderId: string, now: Date): Prisma.CertificateWhereInput {
  return { holderId, status: 'VALID', OR: [{ validUntil: null }, { validUntil: { gt: now } }] };
}

/** The e-certificates in the actor's material library that are valid now. */
export async function listHeldCertificates(actor: Actor, now = new Date()) {
  return db.certificate.findMany({
    where: heldCertificateWhere(actor.id, now),
    // verifyCode: the holder's own, for the verification link they can hand on.
    select: { id: true, type: true, number: true, issuer: true, issuedAt: true, validUntil: true, verifyCode: true },
    orderBy: { issuedAt: 'desc' },
  });
}
