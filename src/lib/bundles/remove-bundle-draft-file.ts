import 'server-only';
import type { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { discardUploads } from '@/lib/files/store-uploads';
import { removeBundleDraftFileSchema } from './form-draft-schemas';
import { lockOwnBundleDraft } from './own-bundle-draft';

/** Takes a file out of the draft; the file itself goes (it was the draft's only). */
export async function removeBundleDraftFile(actor: Actor, input: z.input<typeof removeBundleDraftFileSchema>) {
  const data = removeBundleDraftFileSchema.parse(input);
  const removed = await db.$transaction(async (tx) => {
    const draft = await lockOwnBundleDraft(tx, actor, data.draftId);
    const files = Object.fromEntries(Object.entries(draft.data.files).map(([key, ids]) => [key, ids.filter((id) => id !== data.fileId)]));
    if (!Object.values(draft.data.files).some((ids) => ids.includes(data.fileId))) throw new AppError('NOT_FOUND');
    await tx.bundleDraft.update({ where: { id: draft.id }, data: { data: { ...draft.data, files } } });
    return data.fileId;
  });
  await discardUploads([removed]);
}
