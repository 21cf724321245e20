import 'server-only';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import type { Role } from '@/lib/auth/actor';
import { messageFormSchema } from '@/lib/conversation/schemas';
import { sendMessageWithFiles } from '@/lib/conversation/send-message-with-files';
import { readFormUploads } from '@/lib/files/store-uploads';

/**
 * The reply of the window's and the department's message threads: one use case, each desk
 * under its own roles and its own pages (`base` is the list, `base/<applicationId>` the thread).
 */
export async function replyAsStaff(roles: readonly Role[], base: string, formData: FormData): Promise<ActionState> {
  return runAction({ roles, schema: messageFormSchema, input: formObject(formData) }, async (data, actor) => {
    await sendMessageWithFiles(actor, data, await readFormUploads(formData, { files: true }));
    revalidatePath(base);
    revalidatePath(`${base}/${data.applicationId}`);
  });
}
