import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';

/*
 * Reads of the public catalog (guides, search results, facets, bundles) kept
 * per process for as long as the catalog is unchanged. Signed-in visitors are
 * not served by the page cache (scripts/public-page-cache.mjs), and these reads
 * were most of their catalog pages' database work. Every change to a catalog
 * table raises "CatalogRevision" in the transaction of the change (statement
 * triggers, migration catalog_revision: the same signal the page cache polls),
 * so one read of that row per request tells whether what is kept is current,
 * on every instance at once. What is kept is frozen: requests share it.
 */

/** The catalog's revision with the time of its last change (tests truncate the row, so the number alone may come round again); once per request. */
const catalogRevision = cache(async (): Promise<string | null> => {
  const [row] = await db.$queryRaw<{ key: string }[]>`SELECT "revision"::text || '@' || "changedAt"::text AS key FROM "CatalogRevision" WHERE "id" = 1`;
  return row?.key ?? null;
});

/**
 * `load`, with its results kept by `keyOf(...args)` while the catalog's revision
 * stays the same; at most `max` of them (then all are dropped). Without a
 * revision row (an emptied database) nothing is kept.
 */
export function keptWhileCatalogUnchanged<A extends unknown[], T>(load: (...args: A) => Promise<T>, keyOf: (...args: A) => string, max = 500) {
  const entries = new Map<string, T>();
  let revisionOfEntries: string | null = null;
  return async (...args: A): Promise<T> => {
    const revision = await catalogRevision();
    if (revision === null) return load(...args);
    if (revision !== revisionOfEntries) {
      entries.clear();
      revisionOfEntries = revision;
    }
    const key = keyOf(...args);
    if (entries.has(key)) return entries.get(key)!;
    const value = deepFreeze(await load(...args));
    // A request that read an older revision than another one since must not keep its result under the newer one.
    if (revision === revisionOfEntries) {
      if (entries.size >= max) entries.clear();
      entries.set(key, value);
    }
    return value;
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
