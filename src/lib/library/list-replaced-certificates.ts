import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** The actor's certificates replaced by a newer one of their type: kept in the library, marked, still verifiable. */
export async function listReplacedCertificates(actor: Actor) {
  // In SQL rather than Prisma: /me reads it on every visit.
  return db.$queryRaw<{ id: string; type: string; number: string; replacedAt: Date | null; verifyCode: string }[]>`
    SELECT id, type, number, "replacedAt", "verifyCode"
    FROM "Certificate"
    WHERE "holderId" = ${actor.id} AND status = 'REPLACED'
    ORDER BY "replacedAt" DESC
    LIMIT 20`;
}
