import 'server-only';
import path from 'node:path';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { objectStore } from './object-store';
import { newStorageKey, type StoredUpload } from './store-upload';

/**
 * Reuses a document from the applicant's material library for a material of
 * the same name: a new StoredFile of theirs, loose, ready for a draft. The
 * bytes are shared, not copied: the new storage key is a hard link to the same
 * file on disk (a copy only where the file system cannot link; a server-side
 * copy in an object store), because
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
  const storageKey = newStorageKey(new Date(), path.extname(source.storageKey));
  await objectStore().copy(source.storageKey, storageKey);
  return db.storedFile.create({
    data: { ownerId: actor.id, name: source.name, mimeType: source.mimeType, size: source.size, sha256: source.sha256, storageKey },
    select: { id: true, name: true, mimeType: true, size: true },
  });
}
