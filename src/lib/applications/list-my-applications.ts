import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { loadClock } from '@/lib/clock/clock-settings';
import { caseClockNotes } from '@/lib/clock/load-stopped-clocks';
import { db } from '@/lib/db';
import { visibleApplications } from './access';

/** The applicant's own applications, newest first. */
export async function listMyApplications(actor: Actor) {
  const rows = await db.application.findMany({
    where: visibleApplications(actor),
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: {
      id: true,
      receiptNumber: true,
      status: true,
      decision: true,
      submittedAt: true,
      promisedDueAt: true,
      version: { select: { name: true, department: { select: { name: true } } } },
    },
  });
  const notes = await caseClockNotes(rows, await loadClock());
  return rows.map(({ version, ...r }) => ({
    ...r,
    itemName: version.name,
    department: version.department.name,
    dueProvisional: notes.get(r.id)?.provisional ?? false,
    stopped: notes.get(r.id)?.stopped?.case ?? null,
  }));
}
