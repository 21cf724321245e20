'use server';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { markNotificationsRead } from '@/lib/notify/mark-notifications-read';
import { markNotificationsReadSchema } from '@/lib/notify/schemas';

/**
 * Every role's inbox marks through this one action: any signed-in actor, and
 * the use case touches only the actor's own notifications.
 */
export async function markNotificationsReadAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ schema: markNotificationsReadSchema, input: formObject(formData) }, async (data, actor) => {
    const result = await markNotificationsRead(actor, data);
    // The unread count sits in the header of every page.
    revalidatePath('/', 'layout');
    return result;
  });
}
