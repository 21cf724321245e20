import { z } from 'zod';
import { queueKindKeys } from './queue-kinds';

const id = z.string().trim().min(1).max(64);

export const bookAppointmentSchema = z.object({
  itemId: id,
  slotStart: z.iso.datetime({ offset: true }),
});

export const cancelAppointmentSchema = z.object({ appointmentId: id });

export const takeQueueTicketSchema = z.object({ kind: z.enum(queueKindKeys) });

export const callNextTicketSchema = z.object({ kind: z.enum(queueKindKeys) });

export const ticketIdSchema = z.object({ ticketId: id });

export const finishTicketSchema = z.object({ ticketId: id, outcome: z.enum(['SERVED', 'NO_SHOW']) });
