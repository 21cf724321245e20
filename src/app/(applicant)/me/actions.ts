'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { AppError } from '@/lib/errors';
import { env } from '@/env';
import { copyLibraryFile } from '@/lib/files/copy-library-file';
import { listMaterialLibrary } from '@/lib/files/list-material-library';
import { materialLibrarySchema, pickLibraryFileSchema } from '@/lib/files/schemas';
import { storeUploads, uploadEntries } from '@/lib/files/store-uploads';
import type { Actor } from '@/lib/auth/actor';
import { answerCorrection } from '@/lib/intake/answer-correction';
import { attachDraftFiles } from '@/lib/intake/attach-draft-files';
import { deleteDraft } from '@/lib/intake/delete-draft';
import { getDraft } from '@/lib/intake/get-draft';
import { removeDraftFile } from '@/lib/intake/remove-draft-file';
import { saveDraft } from '@/lib/intake/save-draft';
import { applicationIdSchema, draftIdSchema, removeDraftFileSchema, saveDraftSchema, submitApplicationSchema, type SaveDraftInput } from '@/lib/intake/schemas';
import { submitApplication } from '@/lib/intake/submit-application';

const FILE_PREFIX = 'file:';
const formSchema = submitApplicationSchema.omit({ files: true });

export async function submitApplicationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const input = formObject(formData, ['situationIds']);
  return runAction({ roles: ['APPLICANT'], schema: formSchema, input }, async (data, actor) => {
    // Files chosen in a draft are stored already; any still in the form (a draft upload that failed) go along.
    const files = await storeFormUploads(actor, formData);
    const result = await submitApplication(actor, { ...data, files });
    revalidatePath('/me');
    redirect(`/me/applications/${result.id}?submitted=1`);
  });
}

/** Autosave of the online form: called by the form itself a moment after the applicant stops typing. */
export async function saveDraftAction(input: SaveDraftInput): Promise<ActionState<{ id: string; savedAt: string }>> {
  return runAction({ roles: ['APPLICANT'], schema: saveDraftSchema, input }, async (data, actor) => {
    const saved = await saveDraft(actor, data);
    return { id: saved.id, savedAt: saved.savedAt.toISOString() };
  });
}

const draftUploadSchema = saveDraftSchema.extend({ materialId: z.string().trim().min(1).max(64) });

/** Stores the files just chosen for one material and keeps them in the draft (created if this is the first save). */
export async function uploadDraftFilesAction(formData: FormData): Promise<ActionState<{ draftId: string; savedAt: string; files: { id: string; name: string; size: number }[] }>> {
  const input = formObject(formData, ['situationIds']);
  return runAction({ roles: ['APPLICANT'], schema: draftUploadSchema, input }, async (data, actor) => {
    const saved = await saveDraft(actor, data);
    // Files already kept in the draft count against the material's limit, so the one too many is named.
    const held = (await getDraft(actor, saved.id)).files[data.materialId]?.length ?? 0;
    const uploads = await storeFormUploads(actor, formData, { [data.materialId]: held });
    const fileIds = uploads[data.materialId] ?? [];
    if (fileIds.length === 0) throw new AppError('INVALID_INPUT', { fieldErrors: { [`material.${data.materialId}`]: ['required'] } });
    const files = await attachDraftFiles(actor, { draftId: saved.id, materialId: data.materialId, fileIds });
    return { draftId: saved.id, savedAt: new Date().toISOString(), files };
  });
}

/** 材料库: the applicant's earlier documents for the form's materials (same material name, own cases only). */
export async function listMaterialLibraryAction(input: { requirementIds: string[] }): Promise<ActionState<Awaited<ReturnType<typeof listMaterialLibrary>>>> {
  return runAction({ roles: ['APPLICANT'], schema: materialLibrarySchema, input }, (data, actor) => listMaterialLibrary(actor, data.requirementIds));
}

const pickLibraryFileForm = saveDraftSchema.extend(pickLibraryFileSchema.shape);

/** Reuses an earlier document for one material: copied into the applicant's files and kept in the draft. */
export async function pickLibraryFileAction(input: z.input<typeof pickLibraryFileForm>): Promise<ActionState<{ draftId: string; savedAt: string; fileId: string; files: { id: string; name: string; size: number }[] }>> {
  return runAction({ roles: ['APPLICANT'], schema: pickLibraryFileForm, input }, async (data, actor) => {
    const saved = await saveDraft(actor, data);
    const held = (await getDraft(actor, saved.id)).files[data.materialId]?.length ?? 0;
    if (held >= env.UPLOAD_MAX_FILES) throw new AppError('TOO_MANY_FILES', { fieldErrors: { [`material.${data.materialId}`]: ['tooManyFiles'] } });
    const copy = await copyLibraryFile(actor, { sourceFileId: data.sourceFileId, requirementId: data.materialId });
    const files = await attachDraftFiles(actor, { draftId: saved.id, materialId: data.materialId, fileIds: [copy.id] });
    return { draftId: saved.id, savedAt: new Date().toISOString(), fileId: copy.id, files };
  });
}

export async function removeDraftFileAction(input: { draftId: string; fileId: string }): Promise<ActionState> {
  return runAction({ roles: ['APPLICANT'], schema: removeDraftFileSchema, input }, (data, actor) => removeDraftFile(actor, data));
}

export async function deleteDraftAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['APPLICANT'], schema: draftIdSchema, input: formObject(formData) }, async (data, actor) => {
    await deleteDraft(actor, data);
    revalidatePath('/me');
  });
}

export async function answerCorrectionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['APPLICANT'], schema: applicationIdSchema, input: formObject(formData) }, async (data, actor) => {
    const files = await storeFormUploads(actor, formData);
    await answerCorrection(actor, { applicationId: data.applicationId, files });
    revalidatePath(`/me/applications/${data.applicationId}`);
    redirect(`/me/applications/${data.applicationId}?corrected=1`);
  });
}

/**
 * Stores the `file:<key>` uploads of a form, keyed by material. Every refused
 * file is reported by name next to its material, and then nothing is stored.
 */
async function storeFormUploads(actor: Actor, formData: FormData, alreadyHeld?: Record<string, number>): Promise<Record<string, string[]>> {
  const chosen: { field: string; file: File }[] = [];
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith(FILE_PREFIX) || !(value instanceof File)) continue;
    chosen.push({ field: `material.${z.string().min(1).max(64).parse(key.slice(FILE_PREFIX.length))}`, file: value });
  }
  const held = alreadyHeld && Object.fromEntries(Object.entries(alreadyHeld).map(([k, n]) => [`material.${k}`, n]));
  const stored = await storeUploads(actor, await uploadEntries(chosen), { alreadyHeld: held });
  return Object.fromEntries(Object.entries(stored).map(([field, files]) => [field.slice('material.'.length), files.map((f) => f.id)]));
}
