'use server';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { formObject, runAction, type ActionState } from '@/lib/action';
import type { Actor } from '@/lib/auth/actor';
import { addCalendarDay } from '@/lib/calendar-admin/add-calendar-day';
import { confirmCalendarYear } from '@/lib/calendar-admin/confirm-calendar-year';
import { removeCalendarDay } from '@/lib/calendar-admin/remove-calendar-day';
import { addCalendarDaySchema, confirmCalendarYearSchema, removeCalendarDaySchema } from '@/lib/calendar-admin/schemas';

/** Every calendar change answers with how many open cases' due dates it moved, and refreshes the calendar page. */
async function changeCalendar<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  change: (actor: Actor, data: z.infer<S>) => Promise<{ moved: number }>,
): Promise<ActionState<{ moved: number }>> {
  return runAction({ roles: ['ADMIN'], schema, input: formObject(formData) }, async (data, actor) => {
    const result = await change(actor, data);
    revalidatePath('/admin/calendar');
    return result;
  });
}

export async function addCalendarDayAction(_prev: ActionState, formData: FormData): Promise<ActionState<{ moved: number }>> {
  return changeCalendar(formData, addCalendarDaySchema, addCalendarDay);
}

export async function removeCalendarDayAction(_prev: ActionState, formData: FormData): Promise<ActionState<{ moved: number }>> {
  return changeCalendar(formData, removeCalendarDaySchema, removeCalendarDay);
}

export async function confirmCalendarYearAction(_prev: ActionState, formData: FormData): Promise<ActionState<{ moved: number }>> {
  return changeCalendar(formData, confirmCalendarYearSchema, confirmCalendarYear);
}
