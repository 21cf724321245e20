'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { acceptApplication } from '@/lib/intake/accept-application';
import { rejectApplication } from '@/lib/intake/reject-application';
import { requestCorrection } from '@/lib/intake/request-correction';
import { applicationIdSchema, rejectApplicationSchema, requestCorrectionSchema } from '@/lib/intake/schemas';

export async function acceptAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: WINDOW_ROLES, schema: applicationIdSchema, input: formObject(formData) }, async (data, actor) => {
    await acceptApplication(actor, data.applicationId);
    revalidatePath('/desk');
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
