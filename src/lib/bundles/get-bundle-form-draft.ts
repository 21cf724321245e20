import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { bundleDraftDataSchema } from './form-draft-schemas';

/** The applicant's own bundle draft, to resume the form: the choice, what was typed and the files kept per distinct material. */
export async function getBundleFormDraft(actor: Actor, draftId: string) {
  assertRole(actor, ['APPLICANT']);
  const draft = await db.bundleDraft.findFirst({
    where: { id: draftId, applicantId: actor.id },
    select: { id: true, situations: true, optional: true, data: true, updatedAt: true, bundle: { select: { code: true } } },
  });
  if (!draft) throw new AppError('NOT_FOUND');
  const data = bundleDraftDataSchema.parse(draft.data);
  const stored = await db.storedFile.findMany({
    where: { id: { in: Object.values(data.files).flat() }, ownerId: actor.id, materialId: null },
    select: { id: true, name: true, size: true },
  });
  const files: Record<string, { id: string; name: string; size: number }[]> = {};
  for (const [key, ids] of Object.entries(data.files)) files[key] = ids.flatMap((id) => stored.filter((f) => f.id === id));
  return {
    id: draft.id,
    bundleCode: draft.bundle.code,
    situations: draft.situations,
    optional: draft.optional,
    contactName: data.contactName,
    contactPhone: data.contactPhone,
    note: data.note,
    answers: data.answers,
    files,
    updatedAt: draft.updatedAt,
  };
}

/** The applicant's latest draft of a bundle, if any: the form resumes it. */
export async function findBundleFormDraft(actor: Actor, bundleCode: string) {
  assertRole(actor, ['APPLICANT']);
  const draft = await db.bundleDraft.findFirst({
    where: { applicantId: actor.id, bundle: { code: bundleCode } },
    orderBy: { updatedAt: 'desc' },
    select: { id: true },
  });
  return draft ? getBundleFormDraft(actor, draft.id) : null;
}
