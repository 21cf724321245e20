'use server';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { warningThresholdsSchema } from '@/lib/supervision/schemas';
import { updateWarningThresholds } from '@/lib/supervision/update-warning-thresholds';

export async function updateThresholdsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['SUPERVISOR', 'ADMIN'], schema: warningThresholdsSchema, input: formObject(formData) }, async (data, actor) => {
    await updateWarningThresholds(actor, data);
    revalidatePath('/oversee');
  });
}
