import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { bundleDraftDataSchema, type BundleDraftData } from './form-draft-schemas';

/**
 * The applicant's own bundle draft, locked until the caller's transaction ends
 * (an autosave, a library pick and a submit never overwrite each other).
 * Someone else's draft, or one already submitted (deleted), is "not found".
 */
export async function lockOwnBundleDraft(tx: Tx, actor: Actor, draftId: string): Promise<{ id: string; bundleId: string; data: BundleDraftData }> {
  assertRole(actor, ['APPLICANT']);
  await tx.$executeRaw`SELECT 1 FROM "BundleDraft" WHERE id = ${draftId} FOR UPDATE`;
  const draft = await tx.bundleDraft.findFirst({ where: { id: draftId, applicantId: actor.id }, select: { id: true, bundleId: true, data: true } });
  if (!draft) throw new AppError('NOT_FOUND');
  return { id: draft.id, bundleId: draft.bundleId, data: bundleDraftDataSchema.parse(draft.data) };
}
