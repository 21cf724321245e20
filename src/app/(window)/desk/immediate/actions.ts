'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { proposeImmediateDecision } from '@/lib/routing/propose-immediate-decision';
import { reviewImmediateDecision } from '@/lib/routing/review-immediate-decision';
import { proposeImmediateSchema, reviewImmediateSchema } from '@/lib/routing/schemas';

export async function proposeImmediateAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: WINDOW_ROLES, schema: proposeImmediateSchema, input: formObject(formData) }, async (data, actor) => {
    await proposeImmediateDecision(actor, data);
    revalidatePath('/desk/immediate');
  });
}

export async function reviewImmediateAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['WINDOW_LEAD'], schema: reviewImmediateSchema, input: formObject(formData) }, async (data, actor) => {
    const result = await reviewImmediateDecision(actor, data);
    revalidatePath('/desk/immediate');
    redirect(`/desk/immediate?done=${result.decided ? 'confirmed' : 'returned'}`);
  });
}
