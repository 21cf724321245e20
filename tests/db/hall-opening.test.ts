import { describe, expect, it } from 'vitest';
import { forgetClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { getHallOpening } from '@/lib/hall/hall-opening';
import { takeQueueTicket } from '@/lib/hall/take-queue-ticket';
import { updateHallOpening } from '@/lib/hall/update-hall-opening';
import { actorOf } from '../support/factories';

// Instants in Asia/Shanghai (UTC+8).
const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);
let kiosk = 0;
const take = (now: Date) => takeQueueTicket({ kind: 'INTAKE', clientAddress: `10.30.0.${++kiosk}` }, now);

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return [error.code, error.details?.reason];
    throw error;
  }
  return ['OK'];
}

describe('the hall’s opening days and hours (取号时间)', () => {
  it('by default hands out numbers Monday to Friday from 09:00 until 17:00, not at weekends', async () => {
    expect(await getHallOpening()).toEqual({ weekdays: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' });
    // Monday 2026-11-23.
    expect(await refusal(take(at('2026-11-23', '08:59')))).toEqual(['HALL_CLOSED', 'outsideHours']);
    expect((await take(at('2026-11-23', '09:00'))).code).toBe('A001');
    expect((await take(at('2026-11-23', '16:59'))).code).toBe('A002');
    expect(await refusal(take(at('2026-11-23', '17:00')))).toEqual(['HALL_CLOSED', 'outsideHours']);
    // Saturday and Sunday.
    expect(await refusal(take(at('2026-11-28', '10:00')))).toEqual(['HALL_CLOSED', 'closedDay']);
    expect(await refusal(take(at('2026-11-29', '10:00')))).toEqual(['HALL_CLOSED', 'closedDay']);
    expect(await db.queueTicket.count()).toBe(2);
  });

  it('follows the calendar on holidays and 调休 days, and the center’s own days otherwise (周末不打烊)', async () => {
    await db.calendarDay.createMany({
      data: [
        { date: '2026-11-25', working: false, name: '测试假日', source: 'admin' }, // a Wednesday off
        { date: '2026-11-28', working: true, name: '调休上班', source: 'admin' }, // a Saturday at work
      ],
      skipDuplicates: true,
    });
    forgetClock();
    expect(await refusal(take(at('2026-11-25', '10:00')))).toEqual(['HALL_CLOSED', 'closedDay']);
    expect((await take(at('2026-11-28', '10:00'))).number).toBe(1);
    expect(await refusal(take(at('2026-11-29', '10:00')))).toEqual(['HALL_CLOSED', 'closedDay']);

    // The center opens every day, 08:30 to 20:00: Sunday now gives numbers, the holiday still does not.
    const admin = await actorOf('admin');
    await updateHallOpening(admin, { weekdays: ['0', '1', '2', '3', '4', '5', '6'], open: '08:30', close: '20:00' });
    expect((await take(at('2026-11-29', '08:30'))).number).toBe(1);
    expect((await take(at('2026-11-29', '19:59'))).number).toBe(2);
    expect(await refusal(take(at('2026-11-29', '20:00')))).toEqual(['HALL_CLOSED', 'outsideHours']);
    expect(await refusal(take(at('2026-11-25', '10:00')))).toEqual(['HALL_CLOSED', 'closedDay']);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { entity: 'Setting', entityId: 'hall-opening' } });
    expect(audit).toMatchObject({ action: 'update-hall-opening', actorId: admin.id });
  });

  it('refuses settings that make no sense, and lets only the admin change them', async () => {
    const [admin, supervisor] = await Promise.all([actorOf('admin'), actorOf('supervisor')]);
    await expect(updateHallOpening(admin, { weekdays: [], open: '09:00', close: '17:00' })).rejects.toThrow(/someOpeningDay/);
    await expect(updateHallOpening(admin, { weekdays: [1], open: '17:00', close: '09:00' })).rejects.toThrow(/closeAfterOpen/);
    await expect(updateHallOpening(admin, { weekdays: [1], open: '9点', close: '17:00' })).rejects.toThrow(/timeOfDay/);
    expect(await refusal(updateHallOpening(supervisor, { weekdays: [1], open: '09:00', close: '17:00' }))).toEqual(['NOT_FOUND', undefined]);
    expect(await getHallOpening()).toEqual({ weekdays: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' });
  });
});
