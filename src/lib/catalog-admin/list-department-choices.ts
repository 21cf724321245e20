import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { requireAdmin } from './version-document';

/** Departments to choose from in the catalog forms, named with their region. */
export async function listDepartmentChoices(actor: Actor) {
  requireAdmin(actor);
  const rows = await db.department.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true, region: { select: { name: true, level: true } } } });
  return rows.map((d) => ({ code: d.code, name: `${d.region.name} ${d.name}`, level: d.region.level }));
}
