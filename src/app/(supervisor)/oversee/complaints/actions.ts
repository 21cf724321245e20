'use server';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { answerComplaint } from '@/lib/complaints/answer-complaint';
import { assignComplaint } from '@/lib/complaints/assign-complaint';
import { answerComplaintSchema, assignComplaintSchema } from '@/lib/complaints/schemas';

export async function answerComplaintAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['SUPERVISOR'], schema: answerComplaintSchema, input: formObject(formData) }, async (data, actor) => {
    await answerComplaint(actor, data);
    revalidatePath('/oversee/complaints');
    revalidatePath(`/oversee/complaints/${data.complaintId}`);
  });
}

export async function assignComplaintAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['SUPERVISOR'], schema: assignComplaintSchema, input: formObject(formData) }, async (data, actor) => {
    await assignComplaint(actor, data);
    revalidatePath(`/oversee/complaints/${data.complaintId}`);
  });
}
