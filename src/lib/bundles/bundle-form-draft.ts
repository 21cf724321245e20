import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { assertRole } from '@/lib/auth/actor';
import { db, type Tx } from '@/lib/db';
import { env } from '@/env';
import { AppError } from '@/lib/errors';
import { copyLibraryFile } from '@/lib/files/copy-library-file';
import { discardUploads } from '@/lib/files/store-uploads';
import { keptAnswers } from '@/lib/intake/form-answers';
import { knownChoice } from './choice';
import {
  attachBundleDraftFilesSchema,
  bundleDraftDataSchema,
  pickBundleLibraryFileSchema,
  removeBundleDraftFileSchema,
  saveBundleFormDraftSchema,
  type BundleDraftData,
  type SaveBundleFormDraftInput,
} from './form-draft-schemas';
import { getBundleGuide } from './get-bundle-guide';
import { tailorBundle } from './rules';
import type { z } from 'zod';

/** Enough for every bundle someone is working on; stops a script from filling the table. */
const MAX_OPEN_DRAFTS = 10;

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

/**
 * Autosave of the bundle form (一表申请), as an item's form is saved: what was
 * typed so far, created on the first save. Nothing is required yet; the checks
 * run on submission. Answers are kept only for fields of the bundle's members.
 */
export async function saveBundleFormDraft(actor: Actor, input: SaveBundleFormDraftInput, now = new Date()) {
  assertRole(actor, ['APPLICANT']);
  const data = saveBundleFormDraftSchema.parse(input);
  const guide = await getBundleGuide(data.bundleCode);
  if (!guide || guide.incomplete) throw new AppError('NOT_FOUND');
  const bundle = await db.bundle.findUniqueOrThrow({ where: { code: guide.code }, select: { id: true } });
  const choice = knownChoice(guide, data);
  const answers = keptAnswers(guide.members.flatMap((m) => m.fields), data.answers);
  const typed = { contactName: data.contactName, contactPhone: data.contactPhone, note: data.note, answers };

  return db.$transaction(async (tx) => {
    if (data.draftId) {
      const draft = await lockOwnBundleDraft(tx, actor, data.draftId);
      if (draft.bundleId !== bundle.id) throw new AppError('NOT_FOUND');
      const saved = await tx.bundleDraft.update({ where: { id: draft.id }, data: { ...choice, data: { ...draft.data, ...typed } }, select: { id: true, updatedAt: true } });
      return { id: saved.id, savedAt: saved.updatedAt };
    }
    // One applicant's first saves are serialized, so the limit holds under parallel requests.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`bundle-draft:${actor.id}`}))`;
    if ((await tx.bundleDraft.count({ where: { applicantId: actor.id } })) >= MAX_OPEN_DRAFTS) throw new AppError('INVALID_INPUT', { fieldErrors: { _form: ['tooManyDrafts'] } });
    const created = await tx.bundleDraft.create({
      data: { applicantId: actor.id, bundleId: bundle.id, ...choice, data: { ...typed, files: {} }, createdAt: now },
      select: { id: true, updatedAt: true },
    });
    return { id: created.id, savedAt: created.updatedAt };
  });
}

/** The applicant's own bundle draft, to resume the form: the choice, what was typed and the files kept per distinct material. */
export async function getBundleFormDraft(actor: Actor, draftId: string) {
  assertRole(actor, ['APPLICANT']);
  const draft = await db.bundleDraft.findFirst({
    where: { id: draftId, applicantId: actor.id },
    select: { id: true, situations: true, optional: true, data: true, updatedAt: true, bundle: { select: { code: true } } },
  });
  if (!draft) throw new AppError('NOT_FOUND');
  const data = bundleDraftDataSchema.parse(draft.data);
  const stored = await db.storedFile.findMany({ where: { id: { in: Object.values(data.files).flat() }, ownerId: actor.id, materialId: null }, select: { id: true, name: true, size: true } });
  const files: Record<string, { id: string; name: string; size: number }[]> = {};
  for (const [key, ids] of Object.entries(data.files)) files[key] = ids.flatMap((id) => stored.filter((f) => f.id === id));
  return { id: draft.id, bundleCode: draft.bundle.code, situations: draft.situations, optional: draft.optional, contactName: data.contactName, contactPhone: data.contactPhone, note: data.note, answers: data.answers, files, updatedAt: draft.updatedAt };
}

/** The applicant's latest draft of a bundle, if any: the form resumes it. */
export async function findBundleFormDraft(actor: Actor, bundleCode: string) {
  assertRole(actor, ['APPLICANT']);
  const draft = await db.bundleDraft.findFirst({ where: { applicantId: actor.id, bundle: { code: bundleCode } }, orderBy: { updatedAt: 'desc' }, select: { id: true } });
  return draft ? getBundleFormDraft(actor, draft.id) : null;
}

/** Keeps files the applicant just chose (stored and checked already) in the draft under their distinct material. */
export async function attachBundleDraftFiles(actor: Actor, input: z.input<typeof attachBundleDraftFilesSchema>) {
  const data = attachBundleDraftFilesSchema.parse(input);
  return db.$transaction(async (tx) => {
    const draft = await lockOwnBundleDraft(tx, actor, data.draftId);
    const owned = await tx.storedFile.count({ where: { id: { in: data.fileIds }, ownerId: actor.id, materialId: null } });
    if (owned !== new Set(data.fileIds).size) throw new AppError('NOT_FOUND');
    const ids = [...new Set([...(draft.data.files[data.materialKey] ?? []), ...data.fileIds])];
    if (ids.length > env.UPLOAD_MAX_FILES) throw new AppError('TOO_MANY_FILES', { fieldErrors: { [`material.${data.materialKey}`]: ['tooManyFiles'] } });
    await tx.bundleDraft.update({ where: { id: draft.id }, data: { data: { ...draft.data, files: { ...draft.data.files, [data.materialKey]: ids } } } });
    return tx.storedFile.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: 'asc' }, select: { id: true, name: true, size: true } });
  });
}

/**
 * 材料库 in the bundle form: an earlier document of the applicant for a
 * distinct material, picked once, serves every member that asks for it (the
 * submission links it to each). The document is copied into the applicant's
 * files (copyLibraryFile: their own document, for a material of that name) and
 * kept in the draft, which is saved (or created) with what was typed; a pick
 * refused changes nothing, and a copy the draft did not take is removed.
 */
export async function pickBundleLibraryFile(actor: Actor, input: z.input<typeof pickBundleLibraryFileSchema>) {
  assertRole(actor, ['APPLICANT']);
  const data = pickBundleLibraryFileSchema.parse(input);
  const guide = await getBundleGuide(data.bundleCode);
  if (!guide || guide.incomplete) throw new AppError('NOT_FOUND');
  const material = tailorBundle(guide.members, knownChoice(guide, data)).materials.find((m) => m.key === data.materialKey);
  if (!material) throw new AppError('NOT_FOUND');
  const held = data.draftId ? ((await getBundleFormDraft(actor, data.draftId)).files[data.materialKey]?.length ?? 0) : 0;
  if (held >= env.UPLOAD_MAX_FILES) throw new AppError('TOO_MANY_FILES', { fieldErrors: { [`material.${data.materialKey}`]: ['tooManyFiles'] } });
  const copy = await copyLibraryFile(actor, { sourceFileId: data.sourceFileId, requirementId: material.uses[0]!.requirement.id });
  try {
    const saved = await saveBundleFormDraft(actor, data);
    const files = await attachBundleDraftFiles(actor, { draftId: saved.id, materialKey: data.materialKey, fileIds: [copy.id] });
    return { draftId: saved.id, savedAt: new Date().toISOString(), fileId: copy.id, files };
  } catch (error) {
    await discardUploads([copy.id]);
    throw error;
  }
}

/** Takes a file out of the draft; the file itself goes (it was the draft's only). */
export async function removeBundleDraftFile(actor: Actor, input: z.input<typeof removeBundleDraftFileSchema>) {
  const data = removeBundleDraftFileSchema.parse(input);
  const removed = await db.$transaction(async (tx) => {
    const draft = await lockOwnBundleDraft(tx, actor, data.draftId);
    const files = Object.fromEntries(Object.entries(draft.data.files).map(([key, ids]) => [key, ids.filter((id) => id !== data.fileId)]));
    if (!Object.values(draft.data.files).some((ids) => ids.includes(data.fileId))) throw new AppError('NOT_FOUND');
    await tx.bundleDraft.update({ where: { id: draft.id }, data: { data: { ...draft.data, files } } });
    return data.fileId;
  });
  await discardUploads([removed]);
}
