import 'server-only';
import type { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { discardDraftFiles, lockOwnDraft, removeStoredBytes } from './own-draft';
import { removeDraftFileSchema } from './schemas';

/** Takes one chosen file out of a draft and deletes it. */
export async function removeDraftFile(actor: Actor, input: z.input<typeof removeDraftFileSchema>) {
  const data = removeDraftFileSchema.parse(input);
  const storageKeys = await db.$transaction(async (tx) => {
    const draft = await lockOwnDraft(tx, actor, data.draftId);
    const materialId = Object.keys(draft.data.files).find((key) => draft.data.files[key].includes(data.fileId));
    if (!materialId) throw new AppError('NOT_FOUND');
    const files = { ...draft.data.files, [materialId]: draft.data.files[materialId].filter((id) => id !== data.fileId) };
    await tx.application.update({ where: { id: draft.id }, data: { formData: { ...draft.data, files } } });
    return discardDraftFiles(tx, actor, [data.fileId]);
  });
  await removeStoredBytes(storageKeys);
  return { fileId: data.fileId };
}
