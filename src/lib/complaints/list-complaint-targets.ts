import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { STAFF_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/**
 * What the complaint form offers: the complainant's 50 latest cases, the
 * windows, and the staff who acted on those cases (the people they dealt with;
 * the badge at the window shows the same name). Staff are found through the
 * cases offered: an applicant with many thousands of cases (a company) would
 * otherwise have every audit event of every case read on each visit.
 */
export async function listComplaintTargets(actor: Actor) {
  const [applications, windows] = await Promise.all([
    db.application.findMany({
      where: { applicantId: actor.id, status: { not: 'DRAFT' } },
      orderBy: { createdAt: 'desc' },
      take: 50,
      select: { id: true, receiptNumber: true, version: { select: { name: true } } },
    }),
    db.window.findMany({ orderBy: { code: 'asc' }, select: { id: true, name: true } }),
  ]);
  const staff = await db.user.findMany({
    where: { role: { in: STAFF_ROLES }, auditEvents: { some: { applicationId: { in: applications.map((a) => a.id) }, action: { not: 'read' } } } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, department: { select: { name: true } }, window: { select: { name: true } } },
  });
  return {
    applications: applications.map((a) => ({ id: a.id, label: `${a.version.name}（${a.receiptNumber ?? '—'}）` })),
    windows,
    staff: staff.map((s) => ({ id: s.id, label: `${s.name}（${s.department?.name ?? s.window?.name ?? ''}）` })),
  };
}
