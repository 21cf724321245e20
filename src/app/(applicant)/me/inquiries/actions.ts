'use server';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { askQuestion } from '@/lib/inquiries/ask-question';
import { askQuestionSchema } from '@/lib/inquiries/schemas';

export async function askQuestionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ schema: askQuestionSchema, input: formObject(formData) }, async (data, actor) => {
    await askQuestion(actor, data);
    revalidatePath('/me/inquiries');
  });
}
