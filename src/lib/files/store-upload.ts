import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { db } from '@/lib/db';
import { env } from '@/env';
import type { Actor } from '@/lib/auth/actor';
import { hasActiveContent } from './active-content';
import { safeFileName } from './file-name';
import { objectStore } from './object-store';

const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/** The local disk store's folder (object-store.ts); with STORAGE_URL=s3://… the bytes are elsewhere. */
export function uploadsDir(): string {
  return path.join(/*turbopackIgnore: true*/ env.DATA_DIR, 'uploads');
}

export type StoredUpload = { id: string; name: string; mimeType: string; size: number };

type Checked = { ok: true; ext: string; mime: string } | { ok: false; reason: 'FILE_TYPE' | 'FILE_TOO_LARGE' | 'FILE_UNSAFE'; limit?: number };

/**
 * Whether one file may be stored. The type is decided by the file's bytes,
 * never by its name or the browser's claim.
 */
export async function checkUpload(file: { bytes: Uint8Array }): Promise<Checked> {
  if (file.bytes.byteLength === 0) return { ok: false, reason: 'FILE_TYPE' };
  if (file.bytes.byteLength > env.UPLOAD_MAX_BYTES) return { ok: false, reason: 'FILE_TOO_LARGE', limit: Math.round(env.UPLOAD_MAX_BYTES / 1048576) };
  const type = await fileTypeFromBuffer(file.bytes);
  if (!type || !(ACCEPTED_TYPES as readonly string[]).includes(type.mime)) return { ok: false, reason: 'FILE_TYPE' };
  if (hasActiveContent(file.bytes, type.mime)) return { ok: false, reason: 'FILE_UNSAFE' };
  return { ok: true, ext: type.ext, mime: type.mime };
}

/** Writes a checked file's bytes and its record; the name is kept only for display. */
export async function writeUpload(file: { name: string; bytes: Uint8Array }, type: { ext: string; mime: string }, ownerId: string): Promise<StoredUpload> {
  const now = new Date();
  const storageKey = newStorageKey(now, `.${type.ext}`);
  await objectStore().put(storageKey, file.bytes, type.mime);
  // Bytes without their row would never be found again: remove them if the row is not written.
  const removeBytes = (error: unknown) =>
    objectStore()
      .delete(storageKey)
      .then(
        () => Promise.reject(error),
        () => Promise.reject(error),
      );
  return db.storedFile
    .create({
      data: {
        ownerId,
        name: safeFileName(file.name, type.mime),
        mimeType: type.mime,
        size: file.bytes.byteLength,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        storageKey,
      },
      select: { id: true, name: true, mimeType: true, size: true },
    })
    .catch(removeBytes);
}

/** A fresh key for new bytes: "<year>/<random hex><ext>", the same on every store. */
export function newStorageKey(now: Date, ext: string): string {
  return `${now.getUTCFullYear()}/${randomBytes(16).toString('hex')}${ext}`;
}

/** Stores one file for its owner: the same checks, quota and refusals as a form's files (storeUploads). */
export async function storeUpload(actor: Actor, file: { name: string; bytes: Uint8Array }, ownerId = actor.id): Promise<StoredUpload> {
  const { storeUploads } = await import('./store-uploads');
  const stored = await storeUploads(actor, [{ field: 'file', ...file }], { ownerId });
  return stored.file[0];
}
