import 'server-only';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** Items the general window can register a walk-in for: every published, active item. */
export async function listWalkInItems(actor: Actor) {
  assertRole(actor, WINDOW_ROLES);
  const versions = await db.serviceItemVersion.findMany({
    where: { status: 'PUBLISHED', item: { status: 'ACTIVE' } },
    select: { name: true, item: { select: { basicCode: true } }, department: { select: { name: true } } },
    orderBy: [{ department: { code: 'asc' } }, { name: 'asc' }],
  });
  return versions.map((v) => ({ code: v.item.basicCode, name: v.name, department: v.department.name }));
}
