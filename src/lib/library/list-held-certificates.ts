import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** The e-certificates in the actor's material library that are valid now. */
export async function listHeldCertificates(actor: Actor, now = new Date()) {
  return db.certificate.findMany({
    where: { holderId: actor.id, status: 'VALID', OR: [{ validUntil: null }, { validUntil: { gt: now } }] },
    select: { id: true, type: true, number: true, issuer: true, issuedAt: true, validUntil: true },
    orderBy: { issuedAt: 'desc' },
  });
}
