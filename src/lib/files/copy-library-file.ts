import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { uploadsDir, type StoredUpload } from './store-upload';

/**
 * Reuses a document from the applicant's material library for a material of
 * the same name: a new StoredFile of theirs, loose, ready for a draft. The
 * bytes are shared, not copied: the new storage key is a hard link to the same
 * file on disk (a copy only where the file system cannot link), because
 * `storageKey` is unique and removing a draft's file must never remove the
 * bytes an earlier case still holds.
 */
export async function copyLibraryFile(actor: Actor, input: { sourceFileId: string; requirementId: string }): Promise<StoredUpload> {
  assertRole(actor, ['APPLICANT']);
  const requirement = await db.materialRequirement.findUnique({ where: { id: input.requirementId }, select: { name: true } });
  if (!requirement) throw new AppError('NOT_FOUND');
  const source = await db.storedFile.findFirst({
    where: {
      id: input.sourceFileId,
      ownerId: actor.id,
      material: { name: requirement.name, application: { applicantId: actor.id, status: { not: 'DRAFT' } } },
    },
    select: { name: true, mimeType: true, size: true, sha256: true, storageKey: true },
  });
  if (!source) throw new AppError('NOT_FOUND');
  const storageKey = path.join(/*turbopackIgnore: true*/ String(new Date().getUTCFullYear()), `${randomBytes(16).toString('hex')}${path.extname(source.storageKey)}`);
  const from = path.join(/*turbopackIgnore: true*/ uploadsDir(), source.storageKey);
  const to = path.join(/*turbopackIgnore: true*/ uploadsDir(), storageKey);
  await fs.mkdir(path.dirname(to), { recursive: true });
  await fs.link(from, to).catch(() => fs.copyFile(from, to));
  return db.storedFile.create({
    data: { ownerId: actor.id, name: source.name, mimeType: source.mimeType, size: source.size, sha256: source.sha256, storageKey },
    select: { id: true, name: true, mimeType: true, size: true },
  });
}
