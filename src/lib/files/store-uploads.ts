import 'server-only';
import { env } from '@/env';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/auth/actor';
import type { RefusedFile } from './refused-file';
import { removeObjects } from './object-store';
import { checkUpload, writeUpload, type StoredUpload } from './store-upload';

export type UploadEntry = { field: string; name: string; bytes: Uint8Array };

const reasonKey = { FILE_TYPE: 'fileType', FILE_TOO_LARGE: 'fileTooLarge', TOO_MANY_FILES: 'tooManyFiles', FILE_UNSAFE: 'fileUnsafe' } as const;
// A form field's key after `file:`: the id of a material, never a path or free text.
const KEY = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The one reader of uploaded files in a form (issue 17): `file:<materialId>`
 * entries become field `material.<materialId>`, entries named `files` stay
 * `files`. Anything that is not form data, not a file, empty, or under a
 * key that is not an id is left out; what is left is checked by storeUploads.
 */
export async function readFormUploads(
  formData: unknown,
  accept: { materials?: boolean; files?: boolean; materialKey?: RegExp } = { materials: true },
): Promise<UploadEntry[]> {
  if (!(formData instanceof FormData)) return [];
  const materialKey = accept.materialKey ?? KEY;
  const chosen: { field: string; file: File }[] = [];
  for (const [key, value] of formData.entries()) {
    if (!(value instanceof File) || value.size === 0) continue;
    if (accept.materials && key.startsWith('file:') && materialKey.test(key.slice(5))) chosen.push({ field: `material.${key.slice(5)}`, file: value });
    else if (accept.files && key === 'files') chosen.push({ field: 'files', file: value });
  }
  return Promise.all(chosen.map(async ({ field, file }) => ({ field, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

export type StoreOptions = {
  maxFilesPerField?: number;
  alreadyHeld?: Record<string, number>;
  ownerId?: string;
  /** The only fields that may carry files (an item's materials); files under any other are refused before anything is stored. */
  fields?: readonly string[];
};

/**
 * Stores the files of one form, grouped by the field they were chosen for.
 * Every file is checked first (field, type by its bytes, active content,
 * size, count per field, the owner's storage quota) and every refusal is
 * reported with the file's own name; if any file is refused nothing is
 * stored, so the applicant fixes the list and sends it again whole.
 *
 * Prefer `withStoredUploads`, which also removes the files again when the
 * use case that was to take them refuses.
 */
export async function storeUploads(actor: Actor, entries: UploadEntry[], options: StoreOptions = {}): Promise<Record<string, StoredUpload[]>> {
  const maxFiles = options.maxFilesPerField ?? env.UPLOAD_MAX_FILES;
  const counted: Record<string, number> = { ...options.alreadyHeld };
  const refused: RefusedFile[] = [];
  const accepted: { entry: UploadEntry; ext: string; mime: string }[] = [];
  const unknown: Record<string, string[]> = {};
  for (const entry of entries) {
    if (options.fields && !options.fields.includes(entry.field)) {
      unknown[entry.field] = ['invalid'];
      continue;
    }
    const count = (counted[entry.field] ?? 0) + 1;
    counted[entry.field] = count;
    if (count > maxFiles) {
      refused.push({ field: entry.field, name: entry.name, reason: 'TOO_MANY_FILES', limit: maxFiles });
      continue;
    }
    const checked = await checkUpload(entry);
    if (checked.ok) accepted.push({ entry, ext: checked.ext, mime: checked.mime });
    else refused.push({ field: entry.field, name: entry.name, reason: checked.reason, limit: checked.limit });
  }
  if (Object.keys(unknown).length > 0) throw new AppError('INVALID_INPUT', { fieldErrors: unknown });
  if (refused.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    for (const r of refused) {
      const keys = (fieldErrors[r.field] ??= []);
      if (!keys.includes(reasonKey[r.reason])) keys.push(reasonKey[r.reason]);
    }
    throw new AppError(refused[0].reason, { fieldErrors, refused });
  }
  const ownerId = options.ownerId ?? actor.id;
  if (accepted.length > 0)
    await checkQuota(
      ownerId,
      accepted.reduce((sum, a) => sum + a.entry.bytes.byteLength, 0),
    );
  const stored: Record<string, StoredUpload[]> = {};
  const written: string[] = [];
  try {
    for (const { entry, ext, mime } of accepted) {
      const file = await writeUpload(entry, { ext, mime }, ownerId);
      written.push(file.id);
      (stored[entry.field] ??= []).push(file);
    }
  } catch (error) {
    await discardUploads(written);
    throw error;
  }
  return stored;
}

/**
 * Each account holds at most UPLOAD_QUOTA_BYTES of files, so one account cannot
 * fill the disk. Files removed with their draft or swept as orphans free it.
 */
async function checkQuota(ownerId: string, adding: number): Promise<void> {
  const held = await db.storedFile.aggregate({ where: { ownerId }, _sum: { size: true } });
  if ((held._sum.size ?? 0) + adding > env.UPLOAD_QUOTA_BYTES) {
    throw new AppError('STORAGE_QUOTA', { limitMb: Math.round(env.UPLOAD_QUOTA_BYTES / 1048576) });
  }
}

/**
 * Stores a form's files, then hands them to the use case that takes them
 * (`take`). When that use case refuses (not found, wrong state, a field error)
 * or fails, the files it did not take are removed again, rows and bytes: a
 * refused request leaves nothing behind. Files it did take are linked to a
 * material or a message, or kept in a draft, and stay.
 */
export async function withStoredUploads<T>(
  actor: Actor,
  entries: UploadEntry[],
  options: StoreOptions,
  take: (stored: Record<string, StoredUpload[]>) => Promise<T>,
): Promise<T> {
  const stored = await storeUploads(actor, entries, options);
  try {
    return await take(stored);
  } catch (error) {
    // Next.js redirects by throwing; that is a success, not a refusal.
    if (!(error && typeof error === 'object' && 'digest' in error && String(error.digest).startsWith('NEXT_REDIRECT'))) {
      await discardUploads(Object.values(stored).flatMap((files) => files.map((f) => f.id)));
    }
    throw error;
  }
}

/** Removes stored files that nothing took (no material, no message), rows first, then bytes. */
export async function discardUploads(fileIds: string[]): Promise<void> {
  if (fileIds.length === 0) return;
  const loose = await db.storedFile.findMany({ where: { id: { in: fileIds }, materialId: null, messageId: null }, select: { id: true, storageKey: true } });
  await db.storedFile.deleteMany({ where: { id: { in: loose.map((f) => f.id) }, materialId: null, messageId: null } });
  await removeObjects(loose.map((f) => f.storageKey));
}
