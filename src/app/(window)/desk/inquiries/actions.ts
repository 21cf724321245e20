'use server';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { answerInquiry } from '@/lib/inquiries/answer-inquiry';
import { answerInquirySchema } from '@/lib/inquiries/schemas';

export async function answerInquiryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: WINDOW_ROLES, schema: answerInquirySchema, input: formObject(formData) }, async (data, actor) => {
    await answerInquiry(actor, data);
    revalidatePath('/desk/inquiries');
  });
}
