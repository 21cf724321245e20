'use server';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { fileComplaint } from '@/lib/complaints/file-complaint';
import { fileComplaintSchema } from '@/lib/complaints/schemas';

export async function fileComplaintAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ schema: fileComplaintSchema, input: formObject(formData) }, async (data, actor) => {
    await fileComplaint(actor, data);
    revalidatePath('/me/complaints');
  });
}
