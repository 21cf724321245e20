'use server';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { chooseDelivery } from '@/lib/results/choose-delivery';
import { chooseDeliverySchema } from '@/lib/results/schemas';

export async function chooseDeliveryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['APPLICANT'], schema: chooseDeliverySchema, input: formObject(formData) }, async (data, actor) => {
    const chosen = await chooseDelivery(actor, data);
    revalidatePath(`/me/applications/${data.applicationId}`);
    return chosen;
  });
}
