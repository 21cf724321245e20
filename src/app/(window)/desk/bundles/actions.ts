'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { redirect } from 'next/navigation';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { acceptBundle } from '@/lib/bundles/accept-bundle';
import { deliverBundle } from '@/lib/bundles/deliver-bundle';
import { deliverBundlePart } from '@/lib/bundles/deliver-bundle-part';
import { registerWalkInBundle } from '@/lib/bundles/register-walk-in-bundle';
import { requestBundleCorrection } from '@/lib/bundles/request-bundle-correction';
import { acceptBundleSchema, bundleCorrectionSchema, walkInBundleSchema } from '@/lib/bundles/schemas';
import { readFormUploads, withStoredUploads } from '@/lib/files/store-uploads';

/** The form, or an empty one when an action is called with something else (the schema then refuses it). */
const formOf = (formData: unknown) => (formData instanceof FormData ? formData : new FormData());

/** The members ticked "refuse" with their reasons: `refuse` ids and `reason.<id>` texts. */
function refusals(formData: FormData) {
  return formData.getAll('refuse').map((id) => ({ applicationId: String(id), reason: String(formData.get(`reason.${String(id)}`) ?? '') }));
}

export async function acceptBundleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  formData = formOf(formData);
  const input = { bundleCaseId: formData.get('bundleCaseId'), refuse: refusals(formData) };
  return runAction({ roles: WINDOW_ROLES, schema: acceptBundleSchema, input }, async (data, actor) => {
    const result = await acceptBundle(actor, data);
    revalidatePath('/desk');
    revalidatePath(`/desk/bundles/${data.bundleCaseId}`);
    return result;
  });
}

/** Each ticked material (`material` = its key) with its status and reason (`status.<i>`, `reason.<i>` by the index of the key). */
export async function requestBundleCorrectionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  formData = formOf(formData);
  const keys = formData.getAll('materialKey').map(String);
  const items = formData
    .getAll('material')
    .map(String)
    .map((i) => ({ materialKey: keys[Number(i)] ?? '', status: formData.get(`status.${i}`), reason: formData.get(`reason.${i}`) ?? '' }));
  const input = { bundleCaseId: formData.get('bundleCaseId'), items, note: formData.get('note') ?? '' };
  return runAction({ roles: WINDOW_ROLES, schema: bundleCorrectionSchema, input }, async (data, actor) => {
    await requestBundleCorrection(actor, data);
    revalidatePath('/desk');
    revalidatePath(`/desk/bundles/${data.bundleCaseId}`);
  });
}

const deliverSchema = z.object({ bundleCaseId: z.string().min(1), method: z.enum(['WINDOW', 'POST', 'ELECTRONIC']) }).passthrough();

export async function deliverBundleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: WINDOW_ROLES, schema: deliverSchema, input: formObject(formData) }, async (data, actor) => {
    await deliverBundle(actor, data);
    revalidatePath(`/desk/bundles/${data.bundleCaseId}`);
  });
}

/** Early collection: the results issued so far handed over before the bundle concludes (`part` set by its form). */
export async function deliverBundlePartAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: WINDOW_ROLES, schema: deliverSchema, input: formObject(formData) }, async (data, actor) => {
    await deliverBundlePart(actor, data);
    revalidatePath(`/desk/bundles/${data.bundleCaseId}`);
  });
}

// A distinct material is keyed by name and form or by certificate type (bundles/rules.ts materialKey).
const BUNDLE_MATERIAL_KEY = /^[^\u0000-\u001f\u007f]{1,300}$/;
const walkInForm = walkInBundleSchema.omit({ materials: true, answers: true });

/**
 * 一窗受理 of a bundle: `answers.<key>` per field of the one form; per distinct
 * material `materialKey` (in order), `status.<i>`, `reason.<i>` and its scans
 * `file:<key>`. Scans only for the materials the form lists; a refusal removes them again.
 */
export async function registerWalkInBundleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  formData = formOf(formData);
  const raw = formObject(formData, ['situations', 'optional']);
  return runAction({ roles: WINDOW_ROLES, schema: walkInForm, input: raw }, async (data, actor) => {
    const answers: Record<string, string> = {};
    for (const [name, value] of formData.entries())
      if (name.startsWith('answers.') && typeof value === 'string') answers[name.slice('answers.'.length)] = value;
    const materials: Record<string, { status: 'PRESENT' | 'MISSING' | 'DEFECTIVE'; reason: string; fileIds: string[] }> = {};
    formData.getAll('materialKey').forEach((key, i) => {
      const status = String(formData.get(`status.${i}`) ?? 'PRESENT');
      materials[String(key)] = {
        status: status === 'MISSING' || status === 'DEFECTIVE' ? status : 'PRESENT',
        reason: String(formData.get(`reason.${i}`) ?? ''),
        fileIds: [],
      };
    });
    const entries = (await readFormUploads(formData, { materials: true, materialKey: BUNDLE_MATERIAL_KEY })).filter(
      (e) => materials[e.field.slice('material.'.length)],
    );
    const result = await withStoredUploads(actor, entries, {}, (stored) => {
      for (const [field, files] of Object.entries(stored)) materials[field.slice('material.'.length)]!.fileIds = files.map((f) => f.id);
      return registerWalkInBundle(actor, { ...data, answers, materials });
    });
    revalidatePath('/desk');
    redirect(`/desk/bundles/${result.id}?registered=1`);
  });
}
