'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { deliverResult } from '@/lib/results/deliver-result';
import { deliverResultSchema } from '@/lib/results/schemas';

export async function deliverResultAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: WINDOW_ROLES, schema: deliverResultSchema, input: formObject(formData) }, async (data, actor) => {
    await deliverResult(actor, data);
    revalidatePath('/desk/results');
    redirect('/desk/results?done=1');
  });
}
