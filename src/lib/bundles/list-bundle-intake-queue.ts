import 'server-only';
import type { BundleCaseStatus, Channel } from '@/generated/prisma/enums';
import type { Actor } from '@/lib/auth/actor';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * 一窗受理: bundle cases waiting for the window, each one row, oldest first, flagged past the 5-day intake limit.
 * One statement in SQL, the members counted in it: /desk reads it on every visit.
 */
export async function listBundleIntakeQueue(actor: Actor, now = new Date()) {
  if (!WINDOW_ROLES.includes(actor.role)) throw new AppError('NOT_FOUND');
  const rows = await db.$queryRaw<
    {
      id: string;
      status: BundleCaseStatus;
      channel: Channel;
      applicantName: string;
      submittedAt: Date;
      intakeDueAt: Date | null;
      name: string;
      memberCount: number;
    }[]
  >`
    SELECT b.id, b.status::text AS status, b.channel::text AS channel, b."applicantName", b."submittedAt", b."intakeDueAt", v.name,
      (SELECT count(*)::int FROM "Application" m WHERE m."bundleCaseId" = b.id) AS "memberCount"
    FROM "BundleCase" b
    JOIN "BundleVersion" v ON v.id = b."bundleVersionId"
    WHERE b.status IN ('SUBMITTED', 'CORRECTION_REQUIRED')
    ORDER BY b."submittedAt"
    LIMIT 100`;
  return rows.map((r) => ({ ...r, overdue: r.status === 'SUBMITTED' && r.intakeDueAt != null && r.intakeDueAt < now }));
}
