import 'server-only';
import { env } from '@/env';
import { db } from '@/lib/db';
import { objectStore, removeObjects } from './object-store';

/**
 * Removes uploads nothing refers to, once they are older than the grace
 * period: rows that belong to no material, no message and no draft (a form
 * abandoned after its files were stored, a crash between storing and using
 * them), and files on disk without a row (a crash between writing the bytes
 * and the row), on disk or in the object store. The grace period leaves alone files a request is still about
 * to use. Returns how many rows and loose files were removed.
 */
export async function sweepOrphanFiles(now = new Date(), graceMs = env.ORPHAN_FILE_GRACE_MS): Promise<{ rows: number; bytes: number }> {
  const before = new Date(now.getTime() - graceMs);
  // Drafts keep their files as ids in formData.files (materialId -> ids), not as a relation.
  const orphans = await db.$queryRaw<{ id: string; storageKey: string }[]>`
    SELECT f."id", f."storageKey" FROM "StoredFile" f
    WHERE f."materialId" IS NULL AND f."messageId" IS NULL AND f."createdAt" < ${before}
      AND NOT EXISTS (
        SELECT 1 FROM "Application" a, jsonb_each(CASE WHEN jsonb_typeof(a."formData"->'files') = 'object' THEN a."formData"->'files' ELSE '{}'::jsonb END) AS m(key, ids)
        WHERE a."status" = 'DRAFT' AND jsonb_typeof(m.ids) = 'array' AND m.ids ? f."id"
      )
    LIMIT 1000`;
  if (orphans.length > 0) {
    await db.storedFile.deleteMany({ where: { id: { in: orphans.map((o) => o.id) }, materialId: null, messageId: null } });
    await removeObjects(orphans.map((o) => o.storageKey));
  }
  return { rows: orphans.length, bytes: await sweepLooseBytes(before) };
}

/** Stored bytes older than `before` whose storage key no row holds (on disk or in the object store). */
async function sweepLooseBytes(before: Date): Promise<number> {
  const candidates: string[] = [];
  for await (const object of objectStore().list()) if (object.modified < before) candidates.push(object.key);
  let removed = 0;
  for (let i = 0; i < candidates.length; i += 500) {
    const chunk = candidates.slice(i, i + 500);
    const held = new Set((await db.storedFile.findMany({ where: { storageKey: { in: chunk } }, select: { storageKey: true } })).map((f) => f.storageKey));
    for (const key of chunk) {
      if (held.has(key)) continue;
      await objectStore().delete(key);
      removed++;
    }
  }
  return removed;
}
