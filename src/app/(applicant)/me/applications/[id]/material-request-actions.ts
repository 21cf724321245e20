'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { readFormUploads, withStoredUploads } from '@/lib/files/store-uploads';
import { answerMaterialRequest } from '@/lib/routing/answer-material-request';
import { answerMaterialRequestSchema } from '@/lib/routing/schemas';

const formSchema = answerMaterialRequestSchema.omit({ fileIds: true }).extend({ applicationId: answerMaterialRequestSchema.shape.suspensionId });

export async function answerMaterialRequestAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['APPLICANT'], schema: formSchema, input: formObject(formData) }, async (data, actor) => {
    const entries = await readFormUploads(formData, { files: true });
    await withStoredUploads(actor, entries, {}, (stored) =>
      answerMaterialRequest(actor, { suspensionId: data.suspensionId, note: data.note, fileIds: (stored.files ?? []).map((f) => f.id) }),
    );
    revalidatePath(`/me/applications/${data.applicationId}`);
    redirect(`/me/applications/${data.applicationId}?answered=1`);
  });
}
