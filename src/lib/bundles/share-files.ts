import 'server-only';
import path from 'node:path';
import { db } from '@/lib/db';
import { objectStore } from '@/lib/files/object-store';
import { newStorageKey } from '@/lib/files/store-upload';

/**
 * 一套材料: a file uploaded once serves every member that asks for the material.
 * A StoredFile belongs to one material, so each further member gets its own
 * row whose storage key is a hard link to the same bytes (a copy where the file
 * system cannot link), as the material library does (copy-library-file.ts).
 */
export async function shareStoredFiles(ownerId: string, fileIds: readonly string[]): Promise<string[]> {
  const sources = await db.storedFile.findMany({
    where: { id: { in: [...fileIds] }, ownerId },
    select: { name: true, mimeType: true, size: true, sha256: true, storageKey: true },
  });
  const ids: string[] = [];
  for (const source of sources) {
    const storageKey = newStorageKey(new Date(), path.extname(source.storageKey));
    await objectStore().copy(source.storageKey, storageKey);
    const row = await db.storedFile.create({
      data: { ownerId, name: source.name, mimeType: source.mimeType, size: source.size, sha256: source.sha256, storageKey },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}
