import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** 一窗受理: bundle cases waiting for the window, each one row, oldest first, flagged past the 5-day intake limit. */
export async function listBundleIntakeQueue(actor: Actor, now = new Date()) {
  if (!WINDOW_ROLES.includes(actor.role)) throw new AppError('NOT_FOUND');
  const rows = await db.bundleCase.findMany({
    where: { status: { in: ['SUBMITTED', 'CORRECTION_REQUIRED'] } },
    orderBy: { submittedAt: 'asc' },
    take: 100,
    select: {
      id: true,
      status: true,
      channel: true,
      applicantName: true,
      submittedAt: true,
      intakeDueAt: true,
      bundleVersion: { select: { name: true } },
      _count: { select: { members: true } },
    },
  });
  return rows.map(({ bundleVersion, _count, ...r }) => ({
    ...r,
    name: bundleVersion.name,
    memberCount: _count.members,
    overdue: r.status === 'SUBMITTED' && r.intakeDueAt != null && r.intakeDueAt < now,
  }));
}
