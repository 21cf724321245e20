import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { visibleApplications } from '@/lib/applications/access';
import { recordStaffRead } from '@/lib/audit/record-staff-read';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { objectStore } from './object-store';

/**
 * A stored file, for its owner or for whoever may see the application it
 * belongs to, as a stream from the object store: a download never holds the
 * whole file in memory.
 */
export async function openStoredFile(actor: Actor, fileId: string) {
  const file = await db.storedFile.findFirst({
    where: {
      id: fileId,
      OR: [{ ownerId: actor.id }, { material: { application: visibleApplications(actor) } }, { message: { application: visibleApplications(actor) } }],
    },
    select: {
      name: true,
      mimeType: true,
      storageKey: true,
      material: { select: { applicationId: true } },
      message: { select: { applicationId: true } },
    },
  });
  if (!file) throw new AppError('NOT_FOUND');
  const applicationId = file.material?.applicationId ?? file.message?.applicationId ?? null;
  // A staff member's own upload outside any case is not a citizen's file.
  if (applicationId) await recordStaffRead(actor, { entity: 'StoredFile', entityId: fileId, applicationId, name: file.name });
  const body = await objectStore().get(file.storageKey);
  return { name: file.name, mimeType: file.mimeType, body };
}

/** The same, read whole (for code that needs the bytes, such as a PDF or an archive). */
export async function readStoredFile(actor: Actor, fileId: string) {
  const { name, mimeType, body } = await openStoredFile(actor, fileId);
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
  return { name, mimeType, bytes: new Uint8Array(Buffer.concat(chunks)) };
}
