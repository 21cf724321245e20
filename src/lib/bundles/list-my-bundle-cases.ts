import 'server-only';
import type { BundleCaseStatus } from '@/generated/prisma/enums';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * The applicant's bundle cases, newest first, with how many members have concluded.
 * One statement in SQL, the members counted in it: /me reads it on every visit.
 */
export async function listMyBundleCases(actor: Actor) {
  if (actor.role !== 'APPLICANT') throw new AppError('NOT_FOUND');
  return db.$queryRaw<
    { id: string; name: string; status: BundleCaseStatus; receiptNumber: string | null; submittedAt: Date; members: number; concluded: number }[]
  >`
    SELECT b.id, v.name, b.status::text AS status, b."receiptNumber", b."submittedAt",
      (SELECT count(*)::int FROM "Application" m WHERE m."bundleCaseId" = b.id) AS members,
      (SELECT count(*)::int FROM "Application" m
        WHERE m."bundleCaseId" = b.id AND m.status IN ('DECIDED', 'DELIVERED', 'REJECTED', 'WITHDRAWN')) AS concluded
    FROM "BundleCase" b
    JOIN "BundleVersion" v ON v.id = b."bundleVersionId"
    WHERE b."applicantId" = ${actor.id}
    ORDER BY b."createdAt" DESC
    LIMIT 20`;
}
