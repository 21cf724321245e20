import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { discardDraftFiles, lockOwnDraft, removeStoredBytes } from './own-draft';
import { draftIdSchema } from './schemas';

/**
 * The applicant throws a draft away, with the files chosen for it. A draft was
 * never a case (no receipt, no audit trail, seen by nobody else), so the row is
 * deleted rather than kept with a status.
 */
export async function deleteDraft(actor: Actor, input: { draftId: string }) {
  const { draftId } = draftIdSchema.parse(input);
  const storageKeys = await db.$transaction(async (tx) => {
    const draft = await lockOwnDraft(tx, actor, draftId);
    await tx.application.delete({ where: { id: draft.id } });
    return discardDraftFiles(tx, actor, Object.values(draft.data.files).flat());
  });
  await removeStoredBytes(storageKeys);
  return { id: draftId };
}
