import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** The actor's certificates replaced by a newer one of their type: kept in the library, marked, still verifiable. */
export async function listReplacedCertificates(actor: Actor) {
  return db.certificate.findMany({
    where: { holderId: actor.id, status: 'REPLACED' },
    select: { id: true, type: true, number: true, replacedAt: true, verifyCode: true },
    orderBy: { replacedAt: 'desc' },
    take: 20,
  });
}
