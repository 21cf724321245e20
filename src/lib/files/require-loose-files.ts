import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * Refuses unless every file is the actor's own upload and still loose (attached
 * to no material and no message): a file id from a form is a claim, and one that
 * is someone else's, or already a document of some case, must not be taken over.
 */
export async function requireLooseFiles(actor: Actor, fileIds: readonly string[], client: Tx | typeof db = db): Promise<void> {
  const found = await client.storedFile.count({ where: { id: { in: [...fileIds] }, ownerId: actor.id, materialId: null, messageId: null } });
  if (found !== new Set(fileIds).size) throw new AppError('NOT_FOUND');
}
