'use server';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { rectificationLimitSchema } from '@/lib/evaluation/schemas';
import { updateRectificationLimit } from '@/lib/evaluation/update-rectification-limit';
import { hallOpeningSchema, type HallOpening } from '@/lib/hall/opening-schema';
import { updateHallOpening } from '@/lib/hall/update-hall-opening';

export async function updateRectificationLimitAction(_prev: ActionState, formData: FormData): Promise<ActionState<{ days: number }>> {
  return runAction({ roles: ['ADMIN'], schema: rectificationLimitSchema, input: formObject(formData) }, async (data, actor) => {
    const result = await updateRectificationLimit(actor, data);
    revalidatePath('/admin/settings');
    return result;
  });
}

export async function updateHallOpeningAction(_prev: ActionState, formData: FormData): Promise<ActionState<HallOpening>> {
  return runAction({ roles: ['ADMIN'], schema: hallOpeningSchema, input: formObject(formData, ['weekdays']) }, async (data, actor) => {
    const result = await updateHallOpening(actor, data);
    revalidatePath('/admin/settings');
    return result;
  });
}
