'use server';
import { revalidatePath } from 'next/cache';
import { runPublicAction, textField, type ActionState } from '@/lib/action';
import { takeQueueTicket } from '@/lib/hall/take-queue-ticket';

type Ticket = Awaited<ReturnType<typeof takeQueueTicket>>;

/** Public: the kiosk in the hall needs no sign-in. */
export async function takeQueueTicketAction(_prev: ActionState<Ticket>, formData: FormData): Promise<ActionState<Ticket>> {
  return runPublicAction(async (clientAddress) => {
    const ticket = await takeQueueTicket({ kind: textField(formData, 'kind'), clientAddress });
    revalidatePath('/hall');
    revalidatePath('/hall/take');
    return ticket;
  });
}
