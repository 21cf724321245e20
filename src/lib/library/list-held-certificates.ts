import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** Certificates of a holder that are valid now: what can replace a material (零材料). */
export function heldCertificateWhere(holderId: string, now: Date): Prisma.CertificateWhereInput {
  return { holderId, status: 'VALID', OR: [{ validUntil: null }, { validUntil: { gt: now } }] };
}

/**
 * The e-certificates in the actor's material library that are valid now. In SQL, the
 * same condition as `heldCertificateWhere`: /me and the application forms read it on every visit.
 */
export async function listHeldCertificates(actor: Actor, now = new Date()) {
  // verifyCode: the holder's own, for the verification link they can hand on.
  return db.$queryRaw<{ id: string; type: string; number: string; issuer: string; issuedAt: Date; validUntil: Date | null; verifyCode: string }[]>`
    SELECT id, type, number, issuer, "issuedAt", "validUntil", "verifyCode"
    FROM "Certificate"
    WHERE "holderId" = ${actor.id} AND status = 'VALID' AND ("validUntil" IS NULL OR "validUntil" > ${now.toISOString()}::timestamp)
    ORDER BY "issuedAt" DESC`;
}
