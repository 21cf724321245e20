import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { bookAppointment } from '@/lib/hall/book-appointment';
import { cancelAppointment } from '@/lib/hall/cancel-appointment';
import { listAppointmentSlots } from '@/lib/hall/list-appointment-slots';
import { SLOT_CAPACITY } from '@/lib/hall/slots';
import { actorOf } from '../support/factories';
import { codeOf } from '../support/errors';
import { monday } from '../support/instants';

// Monday 2026-11-23 10:00 in Shanghai: bookable from Tuesday 24th 09:00.
const tuesdayNine = '2026-11-24T01:00:00.000Z';

async function itemId(name: string) {
  return (await db.serviceItem.findFirstOrThrow({ where: { versions: { some: { name, status: 'PUBLISHED' } } }, select: { id: true } })).id;
}

/** Applicants beyond the demo ones, to fill a slot. */
async function extraApplicants(count: number) {
  const users = [];
  for (let i = 0; i < count; i++) {
    users.push(
      await db.user.create({
        data: { username: `appt-${i}`, name: `预约人${i}`, passwordHash: 'x', role: 'APPLICANT', applicantKind: 'PERSON' },
        select: { id: true, name: true, role: true, departmentId: true, windowId: true },
      }),
    );
  }
  return users;
}

describe('appointments', () => {
  it('lists hourly slots of the next working days, books and cancels', async () => {
    const applicant = await actorOf('zhangsan');
    const item = await itemId('普通护照签发');
    const before = await listAppointmentSlots(applicant, item, monday);
    // 09-12 and 13-17: seven slots a day, five working days.
    expect(before.slots).toHaveLength(35);
    expect(before.slots[0]).toEqual({ start: new Date(tuesdayNine), left: SLOT_CAPACITY });
    expect(before.slots.some((s) => s.start.toISOString() === '2026-11-24T04:00:00.000Z')).toBe(false);

    const booked = await bookAppointment(applicant, { itemId: item, slotStart: tuesdayNine }, monday);
    const after = await listAppointmentSlots(applicant, item, monday);
    expect(after.slots[0].left).toBe(SLOT_CAPACITY - 1);
    expect(after.mine.map((m) => m.id)).toEqual([booked.id]);
    // One booking per item per person.
    expect(await codeOf(bookAppointment(applicant, { itemId: item, slotStart: '2026-11-24T02:00:00.000Z' }, monday))).toBe('CONFLICT');
    // Another applicant cannot cancel it.
    expect(await codeOf(cancelAppointment(await actorOf('qiye'), { appointmentId: booked.id }))).toBe('NOT_FOUND');
    await cancelAppointment(applicant, { appointmentId: booked.id });
    expect((await listAppointmentSlots(applicant, item, monday)).slots[0].left).toBe(SLOT_CAPACITY);
    expect(await db.auditEvent.count({ where: { entity: 'Appointment', entityId: booked.id } })).toBe(2);
  });

  it('refuses slots outside office hours, in the past or on rest days, and non-applicants', async () => {
    const applicant = await actorOf('zhangsan');
    const item = await itemId('普通护照签发');
    for (const slotStart of ['2026-11-24T04:00:00.000Z', '2026-11-23T01:00:00.000Z', '2026-11-28T01:00:00.000Z', '2026-11-24T01:30:00.000Z']) {
      expect(await codeOf(bookAppointment(applicant, { itemId: item, slotStart }, monday))).toBe('INVALID_INPUT');
    }
    expect(await codeOf(bookAppointment(await actorOf('clerk'), { itemId: item, slotStart: tuesdayNine }, monday))).toBe('NOT_FOUND');
  });

  it('never overfills a slot when many book it at once', async () => {
    const item = await itemId('普通护照签发');
    const people = await extraApplicants(SLOT_CAPACITY + 4);
    const results = await Promise.allSettled(people.map((p) => bookAppointment(p, { itemId: item, slotStart: tuesdayNine }, monday)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(SLOT_CAPACITY);
    for (const r of results.filter((r) => r.status === 'rejected')) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    expect(await db.appointment.count({ where: { slotStart: new Date(tuesdayNine), status: 'BOOKED' } })).toBe(SLOT_CAPACITY);
  });

  it('books one slot only when the same person double-clicks', async () => {
    const applicant = await actorOf('zhangsan');
    const item = await itemId('普通护照签发');
    const results = await Promise.allSettled([
      bookAppointment(applicant, { itemId: item, slotStart: tuesdayNine }, monday),
      bookAppointment(applicant, { itemId: item, slotStart: '2026-11-24T02:00:00.000Z' }, monday),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db.appointment.count({ where: { applicantId: applicant.id, status: 'BOOKED' } })).toBe(1);
  });
});
