import 'server-only';
import { keptWhileCatalogUnchanged } from '@/lib/catalog/kept-while-unchanged';
import { db } from '@/lib/db';

/**
 * Published bundles for the catalog page, shown above single items: by name,
 * pinyin, initials (all in searchText) or life event. Few rows, so no paging.
 * Kept while the catalog is unchanged (catalog/kept-while-unchanged.ts).
 */
export const searchBundles = keptWhileCatalogUnchanged(readBundles, (query: { q?: string; lifeEvent?: string }) => JSON.stringify([query.q, query.lifeEvent]));

async function readBundles(query: { q?: string; lifeEvent?: string }) {
  const words = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const rows = await db.bundleVersion.findMany({
    where: {
      status: 'PUBLISHED',
      ...(query.lifeEvent ? { lifeEvent: query.lifeEvent } : {}),
      AND: words.map((w) => ({ OR: [{ searchText: { contains: w, mode: 'insensitive' as const } }, { lifeEvent: { contains: w } }] })),
    },
    orderBy: { name: 'asc' },
    take: 20,
    select: {
      name: true,
      lifeEvent: true,
      promisedLimitDays: true,
      bundle: { select: { code: true } },
      leadDepartment: { select: { name: true } },
      _count: { select: { members: true } },
    },
  });
  return rows.map((r) => ({
    code: r.bundle.code,
    name: r.name,
    lifeEvent: r.lifeEvent,
    promisedLimitDays: r.promisedLimitDays,
    leadDepartment: r.leadDepartment.name,
    memberCount: r._count.members,
  }));
}
