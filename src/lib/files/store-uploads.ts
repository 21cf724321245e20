import 'server-only';
import { env } from '@/env';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/auth/actor';
import type { RefusedFile } from './refused-file';
import { checkUpload, writeUpload, type StoredUpload } from './store-upload';

export type UploadEntry = { field: string; name: string; bytes: Uint8Array };

const reasonKey = { FILE_TYPE: 'fileType', FILE_TOO_LARGE: 'fileTooLarge', TOO_MANY_FILES: 'tooManyFiles' } as const;

/**
 * Stores the files of one form, grouped by the field they were chosen for.
 * Every file is checked first (type by its bytes, size, count per field) and
 * every refusal is reported with the file's own name; if any file is refused
 * nothing is stored, so the applicant fixes the list and sends it again whole.
 */
export async function storeUploads(
  actor: Actor,
  entries: UploadEntry[],
  options: { maxFilesPerField?: number; alreadyHeld?: Record<string, number>; ownerId?: string } = {},
): Promise<Record<string, StoredUpload[]>> {
  const maxFiles = options.maxFilesPerField ?? env.UPLOAD_MAX_FILES;
  const counted: Record<string, number> = { ...options.alreadyHeld };
  const refused: RefusedFile[] = [];
  const accepted: { entry: UploadEntry; ext: string; mime: string }[] = [];
  for (const entry of entries) {
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
  if (refused.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    for (const r of refused) {
      const keys = (fieldErrors[r.field] ??= []);
      if (!keys.includes(reasonKey[r.reason])) keys.push(reasonKey[r.reason]);
    }
    throw new AppError(refused[0].reason, { fieldErrors, refused });
  }
  const stored: Record<string, StoredUpload[]> = {};
  for (const { entry, ext, mime } of accepted) {
    (stored[entry.field] ??= []).push(await writeUpload(entry, { ext, mime }, options.ownerId ?? actor.id));
  }
  return stored;
}

/** The non-empty files of a form, with their bytes, for storeUploads. */
export async function uploadEntries(files: { field: string; file: File }[]): Promise<UploadEntry[]> {
  const real = files.filter(({ file }) => file.size > 0);
  return Promise.all(real.map(async ({ field, file }) => ({ field, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}
