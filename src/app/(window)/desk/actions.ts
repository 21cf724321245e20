'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { readFormUploads, withStoredUploads } from '@/lib/files/store-uploads';
import { acceptApplication } from '@/lib/intake/accept-application';
import { registerWalkIn } from '@/lib/intake/register-walk-in';
import { rejectApplication } from '@/lib/intake/reject-application';
import { requestCorrection } from '@/lib/intake/request-correction';
import { applicationIdSchema, rejectApplicationSchema, requestCorrectionSchema, walkInSchema } from '@/lib/intake/schemas';

export async function acceptAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: WINDOW_ROLES, schema: applicationIdSchema, input: formObject(formData) }, async (data, actor) => {
    const { immediate } = await acceptApplication(actor, data.applicationId);
    revalidatePath('/desk');
    // A 即办件 is decided at this window, not sent on: straight to proposing its decision.
    if (immediate) redirect(`/desk/immediate?done=accepted&case=${encodeURIComponent(data.applicationId)}#case-${encodeURIComponent(data.applicationId)}`);
    redirect(`/desk/applications/${data.applicationId}?done=accepted`);
  });
}

// The form sends, for each material it flags, `verdict:<id>` = MISSING | DEFECTIVE and `reason:<id>`.
const correctionForm = z.object({ applicationId: z.string(), note: z.string().optional() }).passthrough();

export async function requestCorrectionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const raw = formObject(formData);
  const items = Object.entries(raw)
    .filter(([key, value]) => key.startsWith('verdict:') && value)
    .map(([key, status]) => ({ materialId: key.slice(8), status, reason: raw[`reason:${key.slice(8)}`] }));
  const parsed = correctionForm.safeParse(raw);
  const input = { applicationId: parsed.success ? parsed.data.applicationId : '', note: raw.note, items };
  return runAction({ roles: WINDOW_ROLES, schema: requestCorrectionSchema, input }, async (data, actor) => {
    await requestCorrection(actor, data);
    revalidatePath('/desk');
    redirect(`/desk/applications/${data.applicationId}?done=correction`);
  });
}

export async function rejectAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: WINDOW_ROLES, schema: rejectApplicationSchema, input: formObject(formData) }, async (data, actor) => {
    await rejectApplication(actor, data);
    revalidatePath('/desk');
    redirect(`/desk/applications/${data.applicationId}?done=rejected`);
  });
}

// The walk-in form sends `status:<requirementId>`, `reason:<requirementId>` and `file:<requirementId>` per material.
const walkInForm = walkInSchema.omit({ materials: true });

export async function registerWalkInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const raw = formObject(formData, ['situationIds']);
  return runAction({ roles: WINDOW_ROLES, schema: walkInForm, input: raw }, async (data, actor) => {
    const materials: Record<string, { status: string; reason: string; fileIds: string[] }> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (!key.startsWith('status:') || typeof value !== 'string') continue;
      const requirementId = key.slice('status:'.length);
      materials[requirementId] = { status: value, reason: String(raw[`reason:${requirementId}`] ?? ''), fileIds: [] };
    }
    // Scans only for the materials the form lists; every refused scan is named next to its material, and
    // if one is refused, or the registration is, nothing stays stored.
    const entries = (await readFormUploads(formData)).filter((e) => materials[e.field.slice('material.'.length)]);
    const result = await withStoredUploads(actor, entries, {}, (stored) => {
      for (const [field, files] of Object.entries(stored)) materials[field.slice('material.'.length)].fileIds = files.map((f) => f.id);
      return registerWalkIn(actor, { ...data, materials: materials as Parameters<typeof registerWalkIn>[1]['materials'] });
    });
    revalidatePath('/desk');
    redirect(`/desk/applications/${result.id}?done=registered`);
  });
}
