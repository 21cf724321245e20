'use server';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { messageFormSchema } from '@/lib/conversation/schemas';
import { sendMessageWithFiles } from '@/lib/conversation/send-message-with-files';
import { readFormUploads } from '@/lib/files/store-uploads';
import { rateService } from '@/lib/evaluation/rate-service';
import { rateServiceSchema } from '@/lib/evaluation/schemas';

export async function sendApplicantMessageAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['APPLICANT'], schema: messageFormSchema, input: formObject(formData) }, async (data, actor) => {
    await sendMessageWithFiles(actor, data, await readFormUploads(formData, { files: true }));
    revalidatePath(`/me/applications/${data.applicationId}`);
  });
}

export async function rateServiceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const input = formObject(formData);
  // Radio groups are named scores.<indicator>.
  const scores = Object.fromEntries(
    Object.entries(input)
      .filter(([k]) => k.startsWith('scores.'))
      .map(([k, v]) => [k.slice(7), v]),
  );
  return runAction({ roles: ['APPLICANT'], schema: rateServiceSchema, input: { ...input, scores } }, async (data, actor) => {
    await rateService(actor, data);
    revalidatePath(`/me/applications/${data.applicationId}`);
    revalidatePath('/me/ratings');
  });
}
