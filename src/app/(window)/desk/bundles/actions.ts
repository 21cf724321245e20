'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { acceptBundle } from '@/lib/bundles/accept-bundle';
import { deliverBundle } from '@/lib/bundles/deliver-bundle';
import { requestBundleCorrection } from '@/lib/bundles/request-bundle-correction';
import { acceptBundleSchema, bundleCorrectionSchema } from '@/lib/bundles/schemas';

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
