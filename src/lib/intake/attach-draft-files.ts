import 'server-only';
import type { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { env } from '@/env';
import { AppError } from '@/lib/errors';
import { lockOwnDraft } from './own-draft';
import { attachDraftFilesSchema } from './schemas';

/**
 * Keeps files the applicant just chose (already stored and checked by their
 * bytes) in the draft under their material, so they survive leaving the page.
 * Returns the material's files now in the draft.
 */
export async function attachDraftFiles(actor: Actor, input: z.input<typeof attachDraftFilesSchema>) {
  const data = attachDraftFilesSchema.parse(input);
  return db.$transaction(async (tx) => {
    const draft = await lockOwnDraft(tx, actor, data.draftId);
    const owned = await tx.storedFile.count({ where: { id: { in: data.fileIds }, ownerId: actor.id, materialId: null } });
    if (owned !== new Set(data.fileIds).size) throw new AppError('NOT_FOUND');
    const ids = [...new Set([...(draft.data.files[data.materialId] ?? []), ...data.fileIds])];
    if (ids.length > env.UPLOAD_MAX_FILES) {
      throw new AppError('TOO_MANY_FILES', { fieldErrors: { [`material.${data.materialId}`]: ['tooManyFiles'] } });
    }
    await tx.application.update({
      where: { id: draft.id },
      data: { formData: { ...draft.data, files: { ...draft.data.files, [data.materialId]: ids } } },
    });
    return tx.storedFile.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: 'asc' }, select: { id: true, name: true, size: true } });
  });
}
