import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/env';
import { db } from '@/lib/db';
import { uploadsDir } from './store-upload';

/**
 * Removes uploads nothing refers to, once they are older than the grace
 * period: rows that belong to no material, no message and no draft (a form
 * abandoned after its files were stored, a crash between storing and using
 * them), and files on disk without a row (a crash between writing the bytes
 * and the row). The grace period leaves alone files a request is still about
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
    await Promise.all(orphans.map((o) => fs.rm(path.join(/*turbopackIgnore: true*/ uploadsDir(), o.storageKey), { force: true })));
  }
  return { rows: orphans.length, bytes: await sweepLooseBytes(before) };
}

/** Files on disk older than `before` whose storage key no row holds. */
async function sweepLooseBytes(before: Date): Promise<number> {
  const names = (await fs.readdir(uploadsDir(), { recursive: true }).catch(() => [] as string[])).map(String);
  const candidates: string[] = [];
  for (const name of names) {
    const stat = await fs.stat(path.join(/*turbopackIgnore: true*/ uploadsDir(), name)).catch(() => null);
    if (stat?.isFile() && stat.mtime < before) candidates.push(name);
  }
  let removed = 0;
  for (let i = 0; i < candidates.length; i += 500) {
    const chunk = candidates.slice(i, i + 500);
    const held = new Set((await db.storedFile.findMany({ where: { storageKey: { in: chunk } }, select: { storageKey: true } })).map((f) => f.storageKey));
    for (const key of chunk) {
      if (held.has(key)) continue;
      await fs.rm(path.join(/*turbopackIgnore: true*/ uploadsDir(), key), { force: true });
      removed++;
    }
  }
  return removed;
}
