'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { env } from '@/env';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { AppError } from '@/lib/errors';
import { storeUpload } from '@/lib/files/store-upload';
import { answerMaterialRequest } from '@/lib/routing/answer-material-request';
import { answerMaterialRequestSchema } from '@/lib/routing/schemas';

const formSchema = answerMaterialRequestSchema.omit({ fileIds: true }).extend({ applicationId: answerMaterialRequestSchema.shape.suspensionId });

export async function answerMaterialRequestAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['APPLICANT'], schema: formSchema, input: formObject(formData) }, async (data, actor) => {
    const uploads = formData.getAll('files').filter((f): f is File => f instanceof File && f.size > 0);
    if (uploads.length > env.UPLOAD_MAX_FILES) throw new AppError('TOO_MANY_FILES', { fieldErrors: { files: ['tooManyFiles'] } });
    const fileIds: string[] = [];
    for (const file of uploads) {
      try {
        fileIds.push((await storeUpload(actor, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })).id);
      } catch (error) {
        // Say next to the upload field which file was refused.
        if (error instanceof AppError && (error.code === 'FILE_TYPE' || error.code === 'FILE_TOO_LARGE')) {
          throw new AppError(error.code, { fieldErrors: { files: [error.code === 'FILE_TYPE' ? 'fileType' : 'fileTooLarge'] } });
        }
        throw error;
      }
    }
    await answerMaterialRequest(actor, { suspensionId: data.suspensionId, note: data.note, fileIds });
    revalidatePath(`/me/applications/${data.applicationId}`);
    redirect(`/me/applications/${data.applicationId}?answered=1`);
  });
}
