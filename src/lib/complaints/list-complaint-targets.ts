import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { STAFF_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/**
 * What the complaint form offers: the complainant's own cases, the windows, and
 * the staff who acted on the complainant's cases (the people they dealt with;
 * the badge at the window shows the same name).
 */
export async function listComplaintTargets(actor: Actor) {
  const [applications, windows, staff] = await Promise.all([
    db.application.findMany({
      where: { applicantId: actor.id, status: { not: 'DRAFT' } },
      orderBy: { createdAt: 'desc' },
      take: 50,
      select: { id: true, receiptNumber: true, version: { select: { name: true } } },
    }),
    db.window.findMany({ orderBy: { code: 'asc' }, select: { id: true, name: true } }),
    db.user.findMany({
      where: { role: { in: STAFF_ROLES }, auditEvents: { some: { application: { applicantId: actor.id }, action: { not: 'read' } } } },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, department: { select: { name: true } }, window: { select: { name: true } } },
    }),
  ]);
  return {
    applications: applications.map((a) => ({ id: a.id, label: `${a.version.name}（${a.receiptNumber ?? '—'}）` })),
    windows,
    staff: staff.map((s) => ({ id: s.id, label: `${s.name}（${s.department?.name ?? s.window?.name ?? ''}）` })),
  };
}
