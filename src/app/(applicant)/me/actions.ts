'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { AppError } from '@/lib/errors';
import { listMaterialLibrary } from '@/lib/files/list-material-library';
import { materialLibrarySchema, pickLibraryFileSchema } from '@/lib/files/schemas';
import { readFormUploads, withStoredUploads, type StoreOptions } from '@/lib/files/store-uploads';
import type { StoredUpload } from '@/lib/files/store-upload';
import { materialFieldsOf } from '@/lib/intake/material-fields';
import { answerCorrection } from '@/lib/intake/answer-correction';
import { attachDraftFiles } from '@/lib/intake/attach-draft-files';
import { deleteDraft } from '@/lib/intake/delete-draft';
import { getDraft } from '@/lib/intake/get-draft';
import { pickLibraryFile } from '@/lib/intake/pick-library-file';
import { removeDraftFile } from '@/lib/intake/remove-draft-file';
import { saveDraft } from '@/lib/intake/save-draft';
import { applicationIdSchema, draftIdSchema, removeDraftFileSchema, saveDraftSchema, submitApplicationSchema, type SaveDraftInput } from '@/lib/intake/schemas';
import { submitApplication } from '@/lib/intake/submit-application';

const formSchema = submitApplicationSchema.omit({ files: true });

export async function submitApplicationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const input = formObject(formData, ['situationIds']);
  return runAction({ roles: ['APPLICANT'], schema: formSchema, input }, async (data, actor) => {
    // Files chosen in a draft are stored already; any still in the form (a draft upload that failed) go along.
    const entries = await readFormUploads(formData);
    const options = { fields: await materialFieldsOf(data.versionId) };
    const result = await withStoredUploads(actor, entries, options, (stored) => submitApplication(actor, { ...data, files: byMaterial(stored) }));
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
export async function uploadDraftFilesAction(
  formData: FormData,
): Promise<ActionState<{ draftId: string; savedAt: string; files: { id: string; name: string; size: number }[] }>> {
  const input = formObject(formData, ['situationIds']);
  return runAction({ roles: ['APPLICANT'], schema: draftUploadSchema, input }, async (data, actor) => {
    // Files already kept in the draft count against the material's limit, so the one too many is named.
    // Someone else's draft is "not found" here, before anything is stored or saved.
    const held = data.draftId ? ((await getDraft(actor, data.draftId)).files[data.materialId]?.length ?? 0) : 0;
    const field = `material.${data.materialId}`;
    const entries = await readFormUploads(formData);
    if (entries.length === 0) throw new AppError('INVALID_INPUT', { fieldErrors: { [field]: ['required'] } });
    const options: StoreOptions = { fields: [field], alreadyHeld: { [field]: held } };
    const { saved, files } = await withStoredUploads(actor, entries, options, async (stored) => {
      const saved = await saveDraft(actor, data);
      const files = await attachDraftFiles(actor, { draftId: saved.id, materialId: data.materialId, fileIds: byMaterial(stored)[data.materialId] ?? [] });
      return { saved, files };
    });
    return { draftId: saved.id, savedAt: new Date().toISOString(), files };
  });
}

/** 材料库: the applicant's earlier documents for the form's materials (same material name, own cases only). */
export async function listMaterialLibraryAction(input: { requirementIds: string[] }): Promise<ActionState<Awaited<ReturnType<typeof listMaterialLibrary>>>> {
  return runAction({ roles: ['APPLICANT'], schema: materialLibrarySchema, input }, (data, actor) => listMaterialLibrary(actor, data.requirementIds));
}

const pickLibraryFileForm = saveDraftSchema.extend(pickLibraryFileSchema.shape);

/** Reuses an earlier document for one material: copied into the applicant's files and kept in the draft. */
export async function pickLibraryFileAction(
  input: z.input<typeof pickLibraryFileForm>,
): Promise<ActionState<{ draftId: string; savedAt: string; fileId: string; files: { id: string; name: string; size: number }[] }>> {
  return runAction({ roles: ['APPLICANT'], schema: pickLibraryFileForm, input }, async (data, actor) => {
    return pickLibraryFile(actor, data);
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
    await withStoredUploads(actor, await readFormUploads(formData), {}, (stored) =>
      answerCorrection(actor, { applicationId: data.applicationId, files: byMaterial(stored) }),
    );
    revalidatePath(`/me/applications/${data.applicationId}`);
    redirect(`/me/applications/${data.applicationId}?corrected=1`);
  });
}

/** Stored uploads by material id, as the use cases take them. */
function byMaterial(stored: Record<string, StoredUpload[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(stored).map(([field, files]) => [field.slice('material.'.length), files.map((f) => f.id)]));
}
