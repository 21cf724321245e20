'use server';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { reviewRectification } from '@/lib/evaluation/review-rectification';
import { reviewRectificationSchema } from '@/lib/evaluation/schemas';

export async function reviewRectificationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['SUPERVISOR'], schema: reviewRectificationSchema, input: formObject(formData) }, async (data, actor) => {
    await reviewRectification(actor, data);
    revalidatePath('/oversee/rectifications');
    revalidatePath(`/oversee/rectifications/${data.rectificationId}`);
  });
}
