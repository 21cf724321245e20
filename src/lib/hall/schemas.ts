import { z } from 'zod';

const id = z.string().trim().min(1).max(64);

export const bookAppointmentSchema = z.object({
  itemId: id,
  slotStart: z.iso.datetime({ offset: true }),
});

export const cancelAppointmentSchema = z.object({ appointmentId: id });
