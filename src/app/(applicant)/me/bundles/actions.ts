'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formObject, runAction, type ActionState } from '@/lib/action';
import type { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { answerBundleCorrection } from '@/lib/bundles/answer-bundle-correction';
import { pickBundleLibraryFile } from '@/lib/bundles/pick-bundle-library-file';
import { removeBundleDraftFile } from '@/lib/bundles/remove-bundle-draft-file';
import { saveBundleFormDraft } from '@/lib/bundles/save-bundle-form-draft';
import {
  pickBundleLibraryFileSchema,
  removeBundleDraftFileSchema,
  saveBundleFormDraftSchema,
  type SaveBundleFormDraftInput,
} from '@/lib/bundles/form-draft-schemas';
import { requestEarlyCollection } from '@/lib/bundles/request-early-collection';
import { bundleCaseIdSchema, submitBundleSchema } from '@/lib/bundles/schemas';
import { submitBundle } from '@/lib/bundles/submit-bundle';
import type { StoredUpload } from '@/lib/files/store-upload';
import { readFormUploads, withStoredUploads } from '@/lib/files/store-uploads';

const ANSWER_PREFIX = 'answers.';
const formSchema = submitBundleSchema.omit({ files: true, answers: true });
// A bundle's distinct material is keyed by name and form or by certificate type
// (bundles/rules.ts materialKey): printable text; the use case accepts only the keys of its own list.
const BUNDLE_MATERIAL_KEY = /^[^\u0000-\u001f\u007f]{1,300}$/;

/** The `answers.<key>` fields of the one form. */
function answersOf(formData: unknown): Record<string, string> {
  const answers: Record<string, string> = {};
  if (!(formData instanceof FormData)) return answers;
  for (const [name, value] of formData.entries())
    if (name.startsWith(ANSWER_PREFIX) && typeof value === 'string') answers[name.slice(ANSWER_PREFIX.length)] = value;
  return answers;
}

/** Stored uploads by material key, as the bundle use cases take them. */
function byMaterial(stored: Record<string, StoredUpload[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(stored).map(([field, files]) => [field.slice('material.'.length), files.map((f) => f.id)]));
}

/** Each distinct material's files once; a refusal by the use case removes them again (withStoredUploads). */
function withBundleUploads<T>(actor: Actor, formData: FormData, use: (files: Record<string, string[]>) => Promise<T>): Promise<T> {
  return readFormUploads(formData, { materials: true, materialKey: BUNDLE_MATERIAL_KEY }).then((entries) =>
    withStoredUploads(actor, entries, {}, (stored) => use(byMaterial(stored))),
  );
}

export async function submitBundleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['APPLICANT'], schema: formSchema, input: formObject(formData, ['situations', 'optional']) }, async (data, actor) => {
    const result = await withBundleUploads(actor, formData, (files) => submitBundle(actor, { ...data, answers: answersOf(formData), files }));
    revalidatePath('/me');
    redirect(`/me/bundles/${result.id}?submitted=1`);
  });
}

export async function answerBundleCorrectionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['APPLICANT'], schema: bundleCaseIdSchema, input: formObject(formData) }, async (data, actor) => {
    await withBundleUploads(actor, formData, (files) => answerBundleCorrection(actor, { bundleCaseId: data.bundleCaseId, files }));
    revalidatePath(`/me/bundles/${data.bundleCaseId}`);
    redirect(`/me/bundles/${data.bundleCaseId}?corrected=1`);
  });
}

/** Autosave of the bundle form: called by the form itself a moment after the applicant stops typing. */
export async function saveBundleFormDraftAction(input: SaveBundleFormDraftInput): Promise<ActionState<{ id: string; savedAt: string }>> {
  return runAction({ roles: ['APPLICANT'], schema: saveBundleFormDraftSchema, input }, async (data, actor) => {
    const saved = await saveBundleFormDraft(actor, data);
    return { id: saved.id, savedAt: saved.savedAt.toISOString() };
  });
}

/** 材料库: an earlier document for one distinct material, kept in the draft for every member that asks for it. */
export async function pickBundleLibraryFileAction(
  input: z.input<typeof pickBundleLibraryFileSchema>,
): Promise<ActionState<{ draftId: string; savedAt: string; fileId: string; files: { id: string; name: string; size: number }[] }>> {
  return runAction({ roles: ['APPLICANT'], schema: pickBundleLibraryFileSchema, input }, (data, actor) => pickBundleLibraryFile(actor, data));
}

export async function removeBundleDraftFileAction(input: { draftId: string; fileId: string }): Promise<ActionState> {
  return runAction({ roles: ['APPLICANT'], schema: removeBundleDraftFileSchema, input }, (data, actor) => removeBundleDraftFile(actor, data));
}

/** Asks to collect the results issued so far before the bundle concludes. */
export async function requestEarlyCollectionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['APPLICANT'], schema: bundleCaseIdSchema, input: formObject(formData) }, async (data, actor) => {
    await requestEarlyCollection(actor, data);
    revalidatePath(`/me/bundles/${data.bundleCaseId}`);
  });
}
