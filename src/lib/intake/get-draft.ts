import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { draftDataSchema } from './schemas';

/** The applicant's own draft, to resume the form: what was typed and the files already stored per material. */
export async function getDraft(actor: Actor, draftId: string) {
  assertRole(actor, ['APPLICANT']);
  const draft = await db.application.findFirst({
    where: { id: draftId, applicantId: actor.id, status: 'DRAFT' },
    select: {
      id: true,
      situationIds: true,
      contactName: true,
      contactPhone: true,
      formData: true,
      updatedAt: true,
      version: { select: { item: { select: { basicCode: true } } } },
    },
  });
  if (!draft) throw new AppError('NOT_FOUND');
  const data = draftDataSchema.parse(draft.formData);
  const fileIds = Object.values(data.files).flat();
  const stored = await db.storedFile.findMany({
    where: { id: { in: fileIds }, ownerId: actor.id, materialId: null },
    select: { id: true, name: true, size: true },
  });
  const files: Record<string, { id: string; name: string; size: number }[]> = {};
  for (const [materialId, ids] of Object.entries(data.files)) {
    files[materialId] = ids.flatMap((id) => stored.filter((f) => f.id === id));
  }
  return {
    id: draft.id,
    itemCode: draft.version.item.basicCode,
    situationIds: draft.situationIds,
    contactName: draft.contactName,
    contactPhone: draft.contactPhone,
    note: data.note,
    answers: data.answers,
    files,
    updatedAt: draft.updatedAt,
  };
}
