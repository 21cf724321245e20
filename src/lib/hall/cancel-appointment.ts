import 'server-only';
import type { z } from 'zod';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { cancelAppointmentSchema } from './schemas';

/** The applicant cancels their own booking; its place goes back to the slot. */
export async function cancelAppointment(actor: Actor, input: z.input<typeof cancelAppointmentSchema>) {
  assertRole(actor, ['APPLICANT']);
  const data = cancelAppointmentSchema.parse(input);
  await db.$transaction(async (tx) => {
    const updated = await tx.appointment.updateMany({
      where: { id: data.appointmentId, applicantId: actor.id, status: 'BOOKED' },
      data: { status: 'CANCELLED' },
    });
    if (updated.count !== 1) throw new AppError('NOT_FOUND');
    await recordAudit(tx, { actor, entity: 'Appointment', entityId: data.appointmentId, action: 'cancel-appointment', from: 'BOOKED', to: 'CANCELLED' });
  });
}
