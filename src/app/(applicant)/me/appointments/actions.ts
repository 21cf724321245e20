'use server';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { bookAppointment } from '@/lib/hall/book-appointment';
import { cancelAppointment } from '@/lib/hall/cancel-appointment';
import { bookAppointmentSchema, cancelAppointmentSchema } from '@/lib/hall/schemas';

export async function bookAppointmentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['APPLICANT'], schema: bookAppointmentSchema, input: formObject(formData) }, async (data, actor) => {
    await bookAppointment(actor, data);
    revalidatePath('/me/appointments');
  });
}

export async function cancelAppointmentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['APPLICANT'], schema: cancelAppointmentSchema, input: formObject(formData) }, async (data, actor) => {
    await cancelAppointment(actor, data);
    revalidatePath('/me/appointments');
  });
}
