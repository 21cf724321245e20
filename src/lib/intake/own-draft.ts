import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { lockApplication } from '@/lib/applications/transition';
import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { removeObjects } from '@/lib/files/object-store';
import { draftDataSchema, type DraftData } from './schemas';

/**
 * The actor's own draft, locked until the caller's transaction ends so that an
 * autosave, a file upload and a submit of the same draft never overwrite each
 * other. Someone else's draft, or a draft already submitted, is "not found".
 */
export async function lockOwnDraft(tx: Tx, actor: Actor, draftId: string): Promise<{ id: string; data: DraftData }> {
  assertRole(actor, ['APPLICANT']);
  await lockApplication(tx, draftId);
  const draft = await tx.application.findFirst({
    where: { id: draftId, applicantId: actor.id, status: 'DRAFT' },
    select: { id: true, formData: true },
  });
  if (!draft) throw new AppError('NOT_FOUND');
  return { id: draft.id, data: draftDataSchema.parse(draft.formData) };
}

/**
 * Deletes files the actor chose for a draft and that nothing else uses, and
 * returns their storage keys; the bytes go after commit (removeStoredBytes),
 * so a rolled-back transaction never leaves a row without its file.
 */
export async function discardDraftFiles(tx: Tx, actor: Actor, fileIds: string[]): Promise<string[]> {
  const files = await tx.storedFile.findMany({
    where: { id: { in: fileIds }, ownerId: actor.id, materialId: null, messageId: null },
    select: { id: true, storageKey: true },
  });
  await tx.storedFile.deleteMany({ where: { id: { in: files.map((f) => f.id) } } });
  return files.map((f) => f.storageKey);
}

export async function removeStoredBytes(storageKeys: string[]): Promise<void> {
  await removeObjects(storageKeys);
}
