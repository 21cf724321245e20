import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { visibleApplications } from '@/lib/applications/access';
import { recordStaffRead } from '@/lib/audit/record-staff-read';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { readObject } from './object-store';

/** A stored file, for its owner or for whoever may see the application it belongs to. */
export async function readStoredFile(actor: Actor, fileId: string) {
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
  const bytes = await readObject(file.storageKey);
  return { name: file.name, mimeType: file.mimeType, bytes };
}
