'use server';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { registerSubscriber } from '@/lib/events/register-subscriber';
import { replayDelivery } from '@/lib/events/replay-delivery';
import { registerSubscriberSchema, replayDeliverySchema, setSubscriberActiveSchema } from '@/lib/events/schemas';
import { setSubscriberActive } from '@/lib/events/set-subscriber-active';

/** The secret travels back to the form once, to be shown and handed over. */
export async function registerSubscriberAction(_prev: ActionState, formData: FormData): Promise<ActionState<{ name: string; secret: string }>> {
  return runAction({ roles: ['ADMIN'], schema: registerSubscriberSchema, input: formObject(formData, ['types']) }, async (data, actor) => {
    const { name, secret } = await registerSubscriber(actor, data);
    revalidatePath('/admin/subscribers');
    return { name, secret };
  });
}

export async function setSubscriberActiveAction(_prev: ActionState, formData: FormData): Promise<ActionState<{ id: string }>> {
  return runAction({ roles: ['ADMIN'], schema: setSubscriberActiveSchema, input: formObject(formData) }, async (data, actor) => {
    const { id } = await setSubscriberActive(actor, { id: data.id, active: String(data.active) });
    revalidatePath('/admin/subscribers');
    return { id };
  });
}

export async function replayDeliveryAction(_prev: ActionState, formData: FormData): Promise<ActionState<{ id: string }>> {
  return runAction({ roles: ['ADMIN'], schema: replayDeliverySchema, input: formObject(formData) }, async (data, actor) => {
    const { id, subscriberId } = await replayDelivery(actor, data);
    revalidatePath(`/admin/subscribers/${subscriberId}`);
    return { id };
  });
}
