import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { keptAnswers } from '@/lib/intake/form-answers';
import { saveBundleFormDraftSchema, type SaveBundleFormDraftInput } from './form-draft-schemas';
import { lockOwnBundleDraft } from './own-bundle-draft';
import { loadTailoredBundle } from './tailored-bundle';

/** Enough for every bundle someone is working on; stops a script from filling the table. */
const MAX_OPEN_DRAFTS = 10;

/**
 * Autosave of the bundle form (一表申请), as an item's form is saved: what was
 * typed so far, created on the first save. Nothing is required yet; the checks
 * run on submission. Answers are kept only for fields of the bundle's members.
 */
export async function saveBundleFormDraft(actor: Actor, input: SaveBundleFormDraftInput, now = new Date()) {
  assertRole(actor, ['APPLICANT']);
  const data = saveBundleFormDraftSchema.parse(input);
  const { guide, choice } = await loadTailoredBundle(data.bundleCode, data);
  const bundle = await db.bundle.findUniqueOrThrow({ where: { code: guide.code }, select: { id: true } });
  const answers = keptAnswers(
    guide.members.flatMap((m) => m.fields),
    data.answers,
  );
  const typed = { contactName: data.contactName, contactPhone: data.contactPhone, note: data.note, answers };

  return db.$transaction(async (tx) => {
    if (data.draftId) {
      const draft = await lockOwnBundleDraft(tx, actor, data.draftId);
      if (draft.bundleId !== bundle.id) throw new AppError('NOT_FOUND');
      const saved = await tx.bundleDraft.update({
        where: { id: draft.id },
        data: { ...choice, data: { ...draft.data, ...typed } },
        select: { id: true, updatedAt: true },
      });
      return { id: saved.id, savedAt: saved.updatedAt };
    }
    // One applicant's first saves are serialized, so the limit holds under parallel requests.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`bundle-draft:${actor.id}`}))`;
    if ((await tx.bundleDraft.count({ where: { applicantId: actor.id } })) >= MAX_OPEN_DRAFTS)
      throw new AppError('INVALID_INPUT', { fieldErrors: { _form: ['tooManyDrafts'] } });
    const created = await tx.bundleDraft.create({
      data: { applicantId: actor.id, bundleId: bundle.id, ...choice, data: { ...typed, files: {} }, createdAt: now },
      select: { id: true, updatedAt: true },
    });
    return { id: created.id, savedAt: created.updatedAt };
  });
}
