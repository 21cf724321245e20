import 'server-only';
import type { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { env } from '@/env';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { requireLooseFiles } from '@/lib/files/require-loose-files';
import { attachBundleDraftFilesSchema } from './form-draft-schemas';
import { lockOwnBundleDraft } from './own-bundle-draft';

/** Keeps files the applicant just chose (stored and checked already) in the draft under their distinct material. */
export async function attachBundleDraftFiles(actor: Actor, input: z.input<typeof attachBundleDraftFilesSchema>) {
  const data = attachBundleDraftFilesSchema.parse(input);
  return db.$transaction(async (tx) => {
    const draft = await lockOwnBundleDraft(tx, actor, data.draftId);
    await requireLooseFiles(actor, data.fileIds, tx);
    const ids = [...new Set([...(draft.data.files[data.materialKey] ?? []), ...data.fileIds])];
    if (ids.length > env.UPLOAD_MAX_FILES) throw new AppError('TOO_MANY_FILES', { fieldErrors: { [`material.${data.materialKey}`]: ['tooManyFiles'] } });
    await tx.bundleDraft.update({ where: { id: draft.id }, data: { data: { ...draft.data, files: { ...draft.data.files, [data.materialKey]: ids } } } });
    return tx.storedFile.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: 'asc' }, select: { id: true, name: true, size: true } });
  });
}
