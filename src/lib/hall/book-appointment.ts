import 'server-only';
import type { z } from 'zod';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { loadClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { bookAppointmentSchema } from './schemas';
import { bookableSlots, SLOT_CAPACITY } from './slots';

/**
 * Books a slot at the center for an item. Capacity and "one booking per item
 * per person" are checked under a transaction-scoped advisory lock on the
 * slot, so concurrent bookings of the same slot are serialized and can never
 * overfill it.
 */
export async function bookAppointment(actor: Actor, input: z.input<typeof bookAppointmentSchema>, now = new Date()) {
  assertRole(actor, ['APPLICANT']);
  const data = bookAppointmentSchema.parse(input);
  const slotStart = new Date(data.slotStart);
  const item = await db.serviceItem.findFirst({
    where: { id: data.itemId, status: 'ACTIVE', versions: { some: { status: 'PUBLISHED', appointment: true } } },
    select: { id: true, versions: { where: { status: 'PUBLISHED' }, select: { name: true }, take: 1 } },
  });
  if (!item) throw new AppError('NOT_FOUND');
  const { calendar, hours } = await loadClock();
  if (!bookableSlots(calendar, hours, now).some((s) => s.getTime() === slotStart.getTime())) {
    throw new AppError('INVALID_INPUT', { fieldErrors: { slotStart: ['slotUnavailable'] } });
  }
  const itemName = item.versions[0]?.name ?? '';

  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`appointment:${slotStart.toISOString()}`}))`;
    // Per person too: two tabs booking different slots for the same item.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`appointment-person:${actor.id}`}))`;
    const already = await tx.appointment.count({ where: { applicantId: actor.id, itemId: item.id, status: 'BOOKED', slotStart: { gte: now } } });
    if (already > 0) throw new AppError('CONFLICT', { fieldErrors: { slotStart: ['alreadyBooked'] } });
    const taken = await tx.appointment.count({ where: { slotStart, status: 'BOOKED' } });
    if (taken >= SLOT_CAPACITY) throw new AppError('CONFLICT', { fieldErrors: { slotStart: ['slotFull'] } });
    const appointment = await tx.appointment.create({ data: { applicantId: actor.id, itemId: item.id, slotStart }, select: { id: true, slotStart: true } });
    await recordAudit(tx, { actor, entity: 'Appointment', entityId: appointment.id, action: 'book-appointment', from: null, to: 'BOOKED' });
    await enqueueMessage(tx, {
      recipientId: actor.id,
      message: { key: 'appointmentBooked', values: { item: itemName, slotAt: slotStart.toISOString() } },
      link: '/me/appointments',
    });
    return appointment;
  });
}
