'use server';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { addCalendarDay } from '@/lib/calendar-admin/add-calendar-day';
import { confirmCalendarYear } from '@/lib/calendar-admin/confirm-calendar-year';
import { removeCalendarDay } from '@/lib/calendar-admin/remove-calendar-day';
import { addCalendarDaySchema, confirmCalendarYearSchema, removeCalendarDaySchema } from '@/lib/calendar-admin/schemas';

export async function addCalendarDayAction(_prev: ActionState, formData: FormData): Promise<ActionState<{ moved: number }>> {
  return runAction({ roles: ['ADMIN'], schema: addCalendarDaySchema, input: formObject(formData) }, async (data, actor) => {
    const result = await addCalendarDay(actor, data);
    revalidatePath('/admin/calendar');
    return result;
  });
}

export async function removeCalendarDayAction(_prev: ActionState, formData: FormData): Promise<ActionState<{ moved: number }>> {
  return runAction({ roles: ['ADMIN'], schema: removeCalendarDaySchema, input: formObject(formData) }, async (data, actor) => {
    const result = await removeCalendarDay(actor, data);
    revalidatePath('/admin/calendar');
    return result;
  });
}

export async function confirmCalendarYearAction(_prev: ActionState, formData: FormData): Promise<ActionState<{ moved: number }>> {
  return runAction({ roles: ['ADMIN'], schema: confirmCalendarYearSchema, input: formObject(formData) }, async (data, actor) => {
    const result = await confirmCalendarYear(actor, data);
    revalidatePath('/admin/calendar');
    return result;
  });
}
