'use server';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { updateRectificationSchema } from '@/lib/evaluation/schemas';
import { updateRectification } from '@/lib/evaluation/update-rectification';

export async function updateRectificationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: DEPARTMENT_ROLES, schema: updateRectificationSchema, input: formObject(formData) }, async (data, actor) => {
    await updateRectification(actor, data);
    revalidatePath('/review/rectifications');
    revalidatePath(`/review/rectifications/${data.rectificationId}`);
  });
}
