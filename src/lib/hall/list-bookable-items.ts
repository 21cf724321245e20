import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** Items an applicant can book a visit to the center for. */
export async function listBookableItems(actor: Actor) {
  assertRole(actor, ['APPLICANT']);
  const items = await db.serviceItem.findMany({
    where: { status: 'ACTIVE', versions: { some: { status: 'PUBLISHED', appointment: true } } },
    select: { id: true, versions: { where: { status: 'PUBLISHED' }, select: { name: true }, take: 1 } },
  });
  return items.map((i) => ({ id: i.id, name: i.versions[0]?.name ?? '' })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
