'use server';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { callNextTicket } from '@/lib/hall/call-next-ticket';
import { finishTicket } from '@/lib/hall/finish-ticket';
import { recallTicket } from '@/lib/hall/recall-ticket';
import { callNextTicketSchema, finishTicketSchema, ticketIdSchema } from '@/lib/hall/schemas';

function refresh() {
  revalidatePath('/desk/queue');
  revalidatePath('/hall');
}

export async function callNextTicketAction(_prev: ActionState<{ code: string } | null>, formData: FormData): Promise<ActionState<{ code: string } | null>> {
  return runAction({ roles: WINDOW_ROLES, schema: callNextTicketSchema, input: formObject(formData) }, async (data, actor) => {
    const ticket = await callNextTicket(actor, data);
    refresh();
    return ticket ? { code: ticket.code } : null;
  });
}

export async function recallTicketAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: WINDOW_ROLES, schema: ticketIdSchema, input: formObject(formData) }, async (data, actor) => {
    await recallTicket(actor, data);
    refresh();
  });
}

export async function finishTicketAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: WINDOW_ROLES, schema: finishTicketSchema, input: formObject(formData) }, async (data, actor) => {
    await finishTicket(actor, data);
    refresh();
  });
}
