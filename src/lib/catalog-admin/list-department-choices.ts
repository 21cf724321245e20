import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** Departments to choose from in the catalog forms, named with their region. */
export async function listDepartmentChoices(actor: Actor) {
  assertRole(actor, ['ADMIN']);
  const rows = await db.department.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true, region: { select: { name: true, level: true } } } });
  return rows.map((d) => ({ code: d.code, name: `${d.region.name} ${d.name}`, level: d.region.level }));
}
