'use server';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { messageFormSchema } from '@/lib/conversation/schemas';
import { sendMessageWithFiles } from '@/lib/conversation/send-message-with-files';
import { readFormUploads } from '@/lib/files/store-uploads';

export async function replyMessageAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: WINDOW_ROLES, schema: messageFormSchema, input: formObject(formData) }, async (data, actor) => {
    await sendMessageWithFiles(actor, data, await readFormUploads(formData, { files: true }));
    revalidatePath('/desk/messages');
    revalidatePath(`/desk/messages/${data.applicationId}`);
  });
}
