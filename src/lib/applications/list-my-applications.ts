import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { loadClock } from '@/lib/clock/clock-settings';
import { caseClockNotes } from '@/lib/clock/load-stopped-clocks';
import { db } from '@/lib/db';
import { keysetResult, parseKeyset, type KeysetPage } from '@/lib/paging';
import { visibleApplications } from './access';

/** The applicant's own applications, newest first, one page at a time by (createdAt, id) keyset. */
export async function listMyApplicationsPage(actor: Actor, page: KeysetPage = {}) {
  const take = page.take ?? 20;
  const cursor = parseKeyset(page.after);
  const rows = await db.application.findMany({
    where: {
      AND: [visibleApplications(actor), cursor ? { OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] } : {}],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: take + 1,
    select: {
      id: true,
      receiptNumber: true,
      status: true,
      decision: true,
      submittedAt: true,
      promisedDueAt: true,
      createdAt: true,
      version: { select: { name: true, department: { select: { name: true } } } },
    },
  });
  const result = keysetResult(rows, take, (r) => r.createdAt);
  const notes = await caseClockNotes(result.rows, await loadClock());
  return {
    next: result.next,
    rows: result.rows.map(({ version, createdAt: _createdAt, ...r }) => ({
      ...r,
      itemName: version.name,
      department: version.department.name,
      dueProvisional: notes.get(r.id)?.provisional ?? false,
      stopped: notes.get(r.id)?.stopped?.case ?? null,
    })),
  };
}

/** The newest 100 of the applicant's applications in one list (what the page showed before it was paged). */
export async function listMyApplications(actor: Actor) {
  return (await listMyApplicationsPage(actor, { take: 100 })).rows;
}
