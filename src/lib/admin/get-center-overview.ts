import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** Counts of what the center keeps, for the admin's home page. */
export async function getCenterOverview(actor: Actor) {
  assertRole(actor, ['ADMIN']);
  const [items, departments, windows, users, calendarDays, applications] = await Promise.all([
    db.serviceItemVersion.count({ where: { status: 'PUBLISHED' } }),
    db.department.count(),
    db.window.count(),
    db.user.count(),
    db.calendarDay.count(),
    db.application.count({ where: { status: { not: 'DRAFT' } } }),
  ]);
  return { items, departments, windows, users, calendarDays, applications };
}
