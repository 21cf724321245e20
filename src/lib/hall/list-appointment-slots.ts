import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { loadClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { bookableSlots, SLOT_CAPACITY } from './slots';

/** The bookable slots for an item with the places left, and the actor's own bookings of it. */
export async function listAppointmentSlots(actor: Actor, itemId: string, now = new Date()) {
  assertRole(actor, ['APPLICANT']);
  const item = await db.serviceItem.findFirst({
    where: { id: itemId, status: 'ACTIVE', versions: { some: { status: 'PUBLISHED', appointment: true } } },
    select: { id: true, versions: { where: { status: 'PUBLISHED' }, select: { name: true }, take: 1 } },
  });
  if (!item) throw new AppError('NOT_FOUND');
  const { calendar, hours } = await loadClock();
  const slots = bookableSlots(calendar, hours, now);
  const taken = await db.appointment.groupBy({
    by: ['slotStart'],
    where: { status: 'BOOKED', slotStart: { in: slots } },
    _count: { _all: true },
  });
  const mine = await db.appointment.findMany({
    where: { applicantId: actor.id, itemId, status: 'BOOKED', slotStart: { gte: now } },
    select: { id: true, slotStart: true },
    orderBy: { slotStart: 'asc' },
  });
  return {
    itemName: item.versions[0]?.name ?? '',
    slots: slots.map((start) => ({
      start,
      left: SLOT_CAPACITY - (taken.find((t) => t.slotStart.getTime() === start.getTime())?._count._all ?? 0),
    })),
    mine,
  };
}
