import 'server-only';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/**
 * The general window's queue: every department's submitted applications (one
 * window for all), oldest first, flagged when the 5-day intake limit is near
 * or past.
 */
export async function listIntakeQueue(actor: Actor, now = new Date()) {
  assertRole(actor, WINDOW_ROLES);
  const rows = await db.application.findMany({
    // A bundle's members are taken in as one case (listBundleIntakeQueue), not one by one.
    where: { status: { in: ['SUBMITTED', 'CORRECTION_REQUIRED'] }, bundleCaseId: null },
    orderBy: { submittedAt: 'asc' },
    take: 200,
    select: {
      id: true,
      status: true,
      channel: true,
      applicantName: true,
      submittedAt: true,
      intakeDueAt: true,
      version: { select: { name: true, department: { select: { name: true } } } },
    },
  });
  return rows.map(({ version, ...r }) => ({
    ...r,
    itemName: version.name,
    department: version.department.name,
    overdue: r.status === 'SUBMITTED' && r.intakeDueAt != null && r.intakeDueAt < now,
  }));
}
