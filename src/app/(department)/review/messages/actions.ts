'use server';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { messageFormSchema } from '@/lib/conversation/schemas';
import { sendMessageWithFiles } from '@/lib/conversation/send-message-with-files';

export async function replyMessageAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: DEPARTMENT_ROLES, schema: messageFormSchema, input: formObject(formData) }, async (data, actor) => {
    await sendMessageWithFiles(actor, data, formData.getAll('files').filter((f): f is File => f instanceof File));
    revalidatePath('/review/messages');
    revalidatePath(`/review/messages/${data.applicationId}`);
  });
}
