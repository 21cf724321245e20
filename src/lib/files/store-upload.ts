import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { db } from '@/lib/db';
import { env } from '@/env';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/auth/actor';

export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export function uploadsDir(): string {
  return path.join(/*turbopackIgnore: true*/ env.DATA_DIR, 'uploads');
}

/**
 * Stores one uploaded material file for its owner. The type is decided by the
 * file's bytes, never by its name or the browser's claim; the name is kept only
 * for display.
 */
export async function storeUpload(actor: Actor, file: { name: string; bytes: Uint8Array }, ownerId = actor.id) {
  if (file.bytes.byteLength === 0) throw new AppError('FILE_TYPE', { name: file.name });
  if (file.bytes.byteLength > env.UPLOAD_MAX_BYTES) {
    throw new AppError('FILE_TOO_LARGE', { name: file.name, limitMb: Math.round(env.UPLOAD_MAX_BYTES / 1048576) });
  }
  const type = await fileTypeFromBuffer(file.bytes);
  if (!type || !(ACCEPTED_TYPES as readonly string[]).includes(type.mime)) {
    throw new AppError('FILE_TYPE', { name: file.name });
  }
  const now = new Date();
  const storageKey = path.join(/*turbopackIgnore: true*/ String(now.getUTCFullYear()), `${randomBytes(16).toString('hex')}.${type.ext}`);
  const target = path.join(/*turbopackIgnore: true*/ uploadsDir(), storageKey);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, file.bytes);
  return db.storedFile.create({
    data: {
      ownerId,
      name: file.name.slice(0, 200) || `file.${type.ext}`,
      mimeType: type.mime,
      size: file.bytes.byteLength,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      storageKey,
    },
    select: { id: true, name: true, mimeType: true, size: true },
  });
}
