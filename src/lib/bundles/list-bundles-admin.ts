import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** Every bundle with its published and draft versions, and a flag when a member item is no longer published (the quality report's concern). */
export async function listBundlesAdmin(actor: Actor) {
  assertRole(actor, ['ADMIN']);
  const rows = await db.bundle.findMany({
    orderBy: { code: 'asc' },
    select: {
      id: true,
      code: true,
      name: true,
      versions: {
        where: { status: { in: ['PUBLISHED', 'DRAFT'] } },
        select: {
          version: true,
          status: true,
          lifeEvent: true,
          members: { select: { item: { select: { status: true, versions: { where: { status: 'PUBLISHED' }, select: { id: true } } } } } },
        },
      },
    },
  });
  return rows.map((b) => {
    const published = b.versions.find((v) => v.status === 'PUBLISHED');
    return {
      id: b.id,
      code: b.code,
      name: b.name,
      lifeEvent: published?.lifeEvent ?? b.versions[0]?.lifeEvent ?? '',
      publishedVersion: published?.version ?? null,
      hasDraft: b.versions.some((v) => v.status === 'DRAFT'),
      memberCount: published?.members.length ?? 0,
      brokenMembers: published ? published.members.filter((m) => m.item.status !== 'ACTIVE' || m.item.versions.length === 0).length : 0,
    };
  });
}

/** Published items to choose members from, by basic code. */
export async function listMemberChoices(actor: Actor) {
  assertRole(actor, ['ADMIN']);
  const rows = await db.serviceItemVersion.findMany({
    where: { status: 'PUBLISHED', item: { status: 'ACTIVE' } },
    orderBy: { name: 'asc' },
    select: { name: true, item: { select: { basicCode: true } }, department: { select: { name: true } } },
  });
  return rows.map((r) => ({ code: r.item.basicCode, name: `${r.name}（${r.department.name}）` }));
}
