'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formObject, runAction, type ActionState } from '@/lib/action';
import type { Actor } from '@/lib/auth/actor';
import { answerBundleCorrection } from '@/lib/bundles/answer-bundle-correction';
import { bundleCaseIdSchema, submitBundleSchema } from '@/lib/bundles/schemas';
import { submitBundle } from '@/lib/bundles/submit-bundle';
import { storeUploads, uploadEntries } from '@/lib/files/store-uploads';

const FILE_PREFIX = 'file:';
const ANSWER_PREFIX = 'answers.';
const formSchema = submitBundleSchema.omit({ files: true, answers: true });

/** The `answers.<key>` fields of the one form. */
function answersOf(formData: FormData): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const [name, value] of formData.entries()) if (name.startsWith(ANSWER_PREFIX) && typeof value === 'string') answers[name.slice(ANSWER_PREFIX.length)] = value;
  return answers;
}

/** The `file:<material key>` uploads, each distinct material once; refused files named at their material, nothing stored then. */
async function storeMaterialUploads(actor: Actor, formData: FormData): Promise<Record<string, string[]>> {
  const chosen: { field: string; file: File }[] = [];
  for (const [name, value] of formData.entries()) {
    if (!name.startsWith(FILE_PREFIX) || !(value instanceof File)) continue;
    chosen.push({ field: `material.${z.string().min(1).max(300).parse(name.slice(FILE_PREFIX.length))}`, file: value });
  }
  const stored = await storeUploads(actor, await uploadEntries(chosen));
  return Object.fromEntries(Object.entries(stored).map(([field, files]) => [field.slice('material.'.length), files.map((f) => f.id)]));
}

export async function submitBundleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['APPLICANT'], schema: formSchema, input: formObject(formData, ['situations', 'optional']) }, async (data, actor) => {
    const files = await storeMaterialUploads(actor, formData);
    const result = await submitBundle(actor, { ...data, answers: answersOf(formData), files });
    revalidatePath('/me');
    redirect(`/me/bundles/${result.id}?submitted=1`);
  });
}

export async function answerBundleCorrectionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['APPLICANT'], schema: bundleCaseIdSchema, input: formObject(formData) }, async (data, actor) => {
    const files = await storeMaterialUploads(actor, formData);
    await answerBundleCorrection(actor, { bundleCaseId: data.bundleCaseId, files });
    revalidatePath(`/me/bundles/${data.bundleCaseId}`);
    redirect(`/me/bundles/${data.bundleCaseId}?corrected=1`);
  });
}
