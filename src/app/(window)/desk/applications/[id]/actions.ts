'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { readFormUploads, withStoredUploads } from '@/lib/files/store-uploads';
import { answerCorrectionAtWindow } from '@/lib/intake/answer-correction-at-window';
import { answerCorrectionAtWindowSchema } from '@/lib/intake/schemas';

// The form sends, per flagged material, `how:<id>` = SCANNED | PAPER and the scans as `file:<id>`.
const MATERIAL_ID = /^[A-Za-z0-9_-]{1,64}$/;
const windowAnswerForm = answerCorrectionAtWindowSchema.omit({ materials: true }).passthrough();

export async function answerCorrectionAtWindowAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const raw = formObject(formData);
  return runAction({ roles: WINDOW_ROLES, schema: windowAnswerForm, input: raw }, async (data, actor) => {
    const how: Record<string, 'SCANNED' | 'PAPER'> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (key.startsWith('how:') && (value === 'SCANNED' || value === 'PAPER') && MATERIAL_ID.test(key.slice(4))) how[key.slice(4)] = value;
    }
    const entries = (await readFormUploads(formData)).filter((e) => how[e.field.slice('material.'.length)] === 'SCANNED');
    // A material to be scanned needs its scans; say so before anything is stored.
    const fieldErrors: Record<string, string[]> = {};
    for (const [materialId, kind] of Object.entries(how)) {
      if (kind === 'SCANNED' && !entries.some((e) => e.field === `material.${materialId}`)) fieldErrors[`material.${materialId}`] = ['materialRequired'];
    }
    if (Object.keys(fieldErrors).length > 0) throw new AppError('MATERIALS_INCOMPLETE', { fieldErrors });
    await withStoredUploads(actor, entries, {}, (stored) => {
      const materials: Record<string, { kind: 'SCANNED'; fileIds: string[] } | { kind: 'PAPER' }> = {};
      for (const [materialId, kind] of Object.entries(how)) {
        materials[materialId] = kind === 'PAPER' ? { kind } : { kind, fileIds: stored[`material.${materialId}`].map((f) => f.id) };
      }
      return answerCorrectionAtWindow(actor, { applicationId: data.applicationId, note: data.note, materials });
    });
    revalidatePath('/desk');
    redirect(`/desk/applications/${data.applicationId}?done=correctedAtWindow`);
  });
}
