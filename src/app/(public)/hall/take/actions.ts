'use server';
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { failure, formObject, type ActionState } from '@/lib/action';
import { takeQueueTicket } from '@/lib/hall/take-queue-ticket';
import { clientAddressOf } from '@/lib/limits/client-address';

type Ticket = Awaited<ReturnType<typeof takeQueueTicket>>;

/** Public: the kiosk in the hall needs no sign-in. The client address is the first X-Forwarded-For hop, as for /track. */
export async function takeQueueTicketAction(_prev: ActionState<Ticket>, formData: FormData): Promise<ActionState<Ticket>> {
  const h = await headers();
  const clientAddress = clientAddressOf(h);
  const input = formObject(formData) as { kind?: string };
  try {
    const data = await takeQueueTicket({ kind: String(input.kind ?? ''), clientAddress });
    revalidatePath('/hall');
    revalidatePath('/hall/take');
    return { ok: true, data, at: Date.now() };
  } catch (error) {
    return failure(error);
  }
}
