import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** The applicant's bundle cases, newest first, with how many members have concluded. */
export async function listMyBundleCases(actor: Actor) {
  if (actor.role !== 'APPLICANT') throw new AppError('NOT_FOUND');
  const rows = await db.bundleCase.findMany({
    where: { applicantId: actor.id },
    orderBy: { createdAt: 'desc' },
    take: 20,
    select: {
      id: true,
      status: true,
      receiptNumber: true,
      submittedAt: true,
      bundleVersion: { select: { name: true } },
      members: { select: { status: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.bundleVersion.name,
    status: r.status,
    receiptNumber: r.receiptNumber,
    submittedAt: r.submittedAt,
    members: r.members.length,
    concluded: r.members.filter((m) => ['DECIDED', 'DELIVERED', 'REJECTED', 'WITHDRAWN'].includes(m.status)).length,
  }));
}
