'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { storeUploads, uploadEntries } from '@/lib/files/store-uploads';
import { answerCorrectionAtWindow } from '@/lib/intake/answer-correction-at-window';
import { answerCorrectionAtWindowSchema } from '@/lib/intake/schemas';

// The form sends, per flagged material, `how:<id>` = SCANNED | PAPER and the scans as `file:<id>`.
const windowAnswerForm = answerCorrectionAtWindowSchema.omit({ materials: true }).passthrough();

export async function answerCorrectionAtWindowAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const raw = formObject(formData);
  return runAction({ roles: WINDOW_ROLES, schema: windowAnswerForm, input: raw }, async (data, actor) => {
    const how: Record<string, 'SCANNED' | 'PAPER'> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (key.startsWith('how:') && (value === 'SCANNED' || value === 'PAPER')) how[z.string().min(1).max(64).parse(key.slice(4))] = value;
    }
    const chosen: { field: string; file: File }[] = [];
    for (const [key, value] of formData.entries()) {
      if (key.startsWith('file:') && value instanceof File && how[key.slice(5)] === 'SCANNED') chosen.push({ field: `material.${key.slice(5)}`, file: value });
    }
    const entries = await uploadEntries(chosen);
    // A material to be scanned needs its scans; say so before anything is stored.
    const fieldErrors: Record<string, string[]> = {};
    for (const [materialId, kind] of Object.entries(how)) {
      if (kind === 'SCANNED' && !entries.some((e) => e.field === `material.${materialId}`)) fieldErrors[`material.${materialId}`] = ['materialRequired'];
    }
    if (Object.keys(fieldErrors).length > 0) throw new AppError('MATERIALS_INCOMPLETE', { fieldErrors });
    const stored = await storeUploads(actor, entries);
    const materials: Record<string, { kind: 'SCANNED'; fileIds: string[] } | { kind: 'PAPER' }> = {};
    for (const [materialId, kind] of Object.entries(how)) {
      materials[materialId] = kind === 'PAPER' ? { kind } : { kind, fileIds: stored[`material.${materialId}`].map((f) => f.id) };
    }
    await answerCorrectionAtWindow(actor, { applicationId: data.applicationId, note: data.note, materials });
    revalidatePath('/desk');
    redirect(`/desk/applications/${data.applicationId}?done=correctedAtWindow`);
  });
}
