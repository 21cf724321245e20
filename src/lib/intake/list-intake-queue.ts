import 'server-only';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { keysetResult, parseKeyset, type KeysetPage } from '@/lib/paging';

/**
 * The general window's queue: every department's submitted applications (one
 * window for all), oldest first, flagged when the 5-day intake limit is near
 * or past. One page at a time, by (submittedAt, id) keyset.
 */
export async function listIntakeQueuePage(actor: Actor, page: KeysetPage = {}, now = new Date()) {
  assertRole(actor, WINDOW_ROLES);
  const take = page.take ?? 20;
  const cursor = parseKeyset(page.after);
  const rows = await db.application.findMany({
    where: {
      status: { in: ['SUBMITTED', 'CORRECTION_REQUIRED'] },
      // A bundle's members are taken in as one case (listBundleIntakeQueue), not one by one.
      bundleCaseId: null,
      submittedAt: { not: null },
      ...(cursor ? { OR: [{ submittedAt: { gt: cursor.at } }, { submittedAt: cursor.at, id: { gt: cursor.id } }] } : {}),
    },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    take: take + 1,
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
  const result = keysetResult(rows, take, (r) => r.submittedAt);
  return {
    next: result.next,
    rows: result.rows.map(({ version, ...r }) => ({
      ...r,
      itemName: version.name,
      department: version.department.name,
      overdue: r.status === 'SUBMITTED' && r.intakeDueAt != null && r.intakeDueAt < now,
    })),
  };
}

/** The oldest 200 of the queue in one list (what the page showed before it was paged). */
export async function listIntakeQueue(actor: Actor, now = new Date()) {
  return (await listIntakeQueuePage(actor, { take: 200 }, now)).rows;
}
