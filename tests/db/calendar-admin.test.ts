import { describe, expect, it } from 'vitest';
import { addCalendarDay } from '@/lib/calendar-admin/add-calendar-day';
import { listCalendarYear } from '@/lib/calendar-admin/list-calendar-year';
import { removeCalendarDay } from '@/lib/calendar-admin/remove-calendar-day';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { acceptApplication } from '@/lib/intake/accept-application';
import { actorOf, submitOnline } from '../support/factories';

// Monday 2026-11-23 10:00 in Shanghai: a plain working week.
const monday = new Date('2026-11-23T02:00:00Z');
const iso = (d: Date | null | undefined) => d?.toISOString();

describe('calendar administration', () => {
  it('moves running due dates when a holiday is added, and back when it is removed, with an audit trail', async () => {
    const [applicant, clerk, admin] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('admin')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);
    // A second submission still waits for the window: its intake clock moves too.
    const waiting = await submitOnline(applicant, '普通护照签发', monday);

    const before = await db.application.findUniqueOrThrow({ where: { id }, include: { tasks: true } });
    // Promised 7 working days: Wednesday 2 December 17:00; statutory 15: Monday 14 December.
    expect(iso(before.promisedDueAt)).toBe('2026-12-02T09:00:00.000Z');
    expect(iso(before.statutoryDueAt)).toBe('2026-12-14T09:00:00.000Z');
    const taskDue = before.tasks.find((t) => t.status === 'OPEN')!.dueAt!;

    // Wednesday 25 November becomes a day off: every clock running over it gains a working day.
    const { moved } = await addCalendarDay(admin, { date: '2026-11-25', kind: 'holiday', name: '临时休假' }, monday);
    expect(moved).toBe(4); // intake due, promised, statutory, the open step
    const after = await db.application.findUniqueOrThrow({ where: { id }, include: { tasks: true } });
    expect(iso(after.promisedDueAt)).toBe('2026-12-03T09:00:00.000Z');
    expect(iso(after.statutoryDueAt)).toBe('2026-12-15T09:00:00.000Z');
    expect(after.tasks.find((t) => t.status === 'OPEN')!.dueAt!.getTime()).toBe(taskDue.getTime() + 86_400_000);
    // Monday 30 November 17:00 becomes Tuesday 1 December 17:00.
    expect(iso((await db.application.findUniqueOrThrow({ where: { id: waiting.id } })).intakeDueAt)).toBe('2026-12-01T09:00:00.000Z');

    const audit = await db.auditEvent.findMany({ where: { OR: [{ entity: 'CalendarDay' }, { applicationId: id, action: 'recompute-due-dates' }] }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.entity, a.action, a.actorId])).toEqual([
      ['Application', 'recompute-due-dates', admin.id],
      ['CalendarDay', 'add-holiday', admin.id],
    ]);
    expect((await listCalendarYear(admin, { year: 2026 }, monday)).days).toContainEqual({ date: '2026-11-25', working: false, name: '临时休假', source: 'admin' });

    await removeCalendarDay(admin, { date: '2026-11-25' }, monday);
    const restored = await db.application.findUniqueOrThrow({ where: { id } });
    expect(iso(restored.promisedDueAt)).toBe('2026-12-02T09:00:00.000Z');
    expect(iso(restored.statutoryDueAt)).toBe('2026-12-14T09:00:00.000Z');
  });

  it('adds a make-up working day on a weekend, pulling due dates earlier', async () => {
    const [applicant, clerk, admin] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('admin')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);
    await addCalendarDay(admin, { date: '2026-11-28', kind: 'workday', name: '调休上班' }, monday);
    // Saturday 28th now counts: seven working days end on Tuesday 1 December.
    expect(iso((await db.application.findUniqueOrThrow({ where: { id } })).promisedDueAt)).toBe('2026-12-01T09:00:00.000Z');
  });

  it('refuses other roles and days that would change nothing', async () => {
    const [admin, supervisor] = await Promise.all([actorOf('admin'), actorOf('supervisor')]);
    await expect(addCalendarDay(supervisor, { date: '2026-11-25', kind: 'holiday', name: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listCalendarYear(supervisor, { year: 2026 })).rejects.toBeInstanceOf(AppError);
    await expect(addCalendarDay(admin, { date: '2026-11-28', kind: 'holiday', name: '周六' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(addCalendarDay(admin, { date: '2026-11-25', kind: 'workday', name: '周三' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(removeCalendarDay(admin, { date: '2026-11-25' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('tells which years have calendar data and which coming year lacks it', async () => {
    const admin = await actorOf('admin');
    const list = await listCalendarYear(admin, { year: 2026 }, monday);
    expect(list.covered.map((c) => c.year)).toContain(2026);
    // chinese-days has no 2027 yet (November 2026): the page warns.
    expect(list.missing).toEqual(list.covered.some((c) => c.year === 2027) ? [] : [2027]);
    expect(list.days.some((d) => d.name?.includes('国庆'))).toBe(true);
  });
});
