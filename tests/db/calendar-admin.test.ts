import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { addCalendarDay } from '@/lib/calendar-admin/add-calendar-day';
import { listCalendarYear } from '@/lib/calendar-admin/list-calendar-year';
import { removeCalendarDay } from '@/lib/calendar-admin/remove-calendar-day';
import { WorkingCalendar } from '@/lib/clock/calendar';
import { DEFAULT_OFFICE_HOURS as hours, dueDate, stepDueDate } from '@/lib/clock/due-date';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { acceptApplication } from '@/lib/intake/accept-application';
import { decideExtension } from '@/lib/routing/decide-extension';
import { decideTask } from '@/lib/routing/decide-task';
import { endSuspension } from '@/lib/routing/end-suspension';
import { requestExtension } from '@/lib/routing/request-extension';
import { startSuspension } from '@/lib/routing/start-suspension';
import { actorOf, submitOnline } from '../support/factories';
import { monday } from '../support/instants';

// Monday 2026-11-23 10:00 in Shanghai: a plain working week.
const at = (local: string) => new Date(`${local}+08:00`);
const iso = (d: Date | null | undefined) => d?.toISOString();

/** The working-day calendar as the admin left it in the database. */
async function storedCalendar() {
  return new WorkingCalendar((await db.calendarDay.findMany({ select: { date: true, working: true } })).map((d) => ({ date: d.date, working: d.working })));
}

/** The seed has no head for the police department: one to approve its extensions. */
async function policeHead(departmentId: string | null): Promise<Actor> {
  return db.user.create({
    data: { username: 'head.ga', name: '公安局科长', passwordHash: 'not-a-login', role: 'DEPT_HEAD', departmentId },
    select: { id: true, name: true, role: true, departmentId: true, windowId: true },
  });
}

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

    const audit = await db.auditEvent.findMany({
      where: {
        OR: [
          { entity: 'CalendarDay', entityId: '2026-11-25' },
          { applicationId: id, action: 'recompute-due-dates' },
        ],
      },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => [a.entity, a.action, a.actorId])).toEqual([
      ['Application', 'recompute-due-dates', admin.id],
      ['CalendarDay', 'add-holiday', admin.id],
    ]);
    expect((await listCalendarYear(admin, { year: 2026 }, monday)).days).toContainEqual({
      date: '2026-11-25',
      working: false,
      name: '临时休假',
      source: 'admin',
    });

    await removeCalendarDay(admin, { date: '2026-11-25' }, monday);
    const restored = await db.application.findUniqueOrThrow({ where: { id } });
    expect(iso(restored.promisedDueAt)).toBe('2026-12-02T09:00:00.000Z');
    expect(iso(restored.statutoryDueAt)).toBe('2026-12-14T09:00:00.000Z');
  });

  it('keeps approved extensions and suspensions when a holiday moves a case: exactly the clock rules on the new calendar', async () => {
    const [applicant, clerk, police, admin] = await Promise.all(['zhangsan', 'clerk', 'reviewer.ga', 'admin'].map(actorOf));
    const head = await policeHead(police.departmentId);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);
    const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id, status: 'OPEN' } });
    // An inspection from Tuesday 10:00 to Thursday 10:00 (two working days), then 3 more days approved.
    const suspension = await startSuspension(police, { taskId: task.id, kind: 'INSPECTION', reason: '核查户籍信息' }, at('2026-11-24T10:00:00'));
    const thursday = at('2026-11-26T10:00:00');
    await endSuspension(police, { suspensionId: suspension.id }, thursday);
    const extension = await requestExtension(police, { taskId: task.id, days: 3, reason: '需核查出入境记录' }, thursday);
    await decideExtension(head, { extensionId: extension.id, outcome: 'APPROVED' }, thursday);

    // Tuesday 1 December declared a day off.
    await addCalendarDay(admin, { date: '2026-12-01', kind: 'holiday', name: '临时闭馆' }, thursday);

    const calendar = await storedCalendar();
    const suspensions = [{ start: at('2026-11-24T10:00:00'), end: thursday }];
    const expected = {
      promised: dueDate({ acceptedAt: monday, limitDays: 7, extensionDays: 3, suspensions, calendar, hours, now: thursday }),
      statutory: dueDate({ acceptedAt: monday, limitDays: 15, extensionDays: 3, suspensions, calendar, hours, now: thursday }),
      step: stepDueDate({ startedAt: monday, limitDays: 7 + 3, suspensions, calendar, hours, now: thursday }),
    };
    // By hand: 7 days end Wed 2 Dec; +2 suspended, +3 extended, +1 holiday -> Thursday 10 December (the step at noon).
    expect(expected).toEqual({ promised: at('2026-12-10T17:00:00'), statutory: at('2026-12-22T17:00:00'), step: at('2026-12-10T12:00:00') });
    const after = await db.application.findUniqueOrThrow({ where: { id }, include: { tasks: true } });
    expect({ promised: after.promisedDueAt, statutory: after.statutoryDueAt, step: after.tasks.find((t) => t.id === task.id)!.dueAt }).toEqual(expected);
  });

  it("holds a parallel step by its sibling's suspension when a holiday moves the case", async () => {
    const [applicant, clerk, market, police, admin] = await Promise.all(['qiye', 'clerk', 'reviewer.scj', 'reviewer.ga', 'admin'].map(actorOf));
    // The joint 企业开办 item: the county 市场监管局 first, then the co-handling departments in parallel.
    const { id } = await submitOnline(applicant, '企业开办“一件事”（集成办理）', monday);
    await acceptApplication(clerk, id, monday);
    const first = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id, status: 'OPEN' } });
    await decideTask(market, { taskId: first.id, decision: 'APPROVED' }, at('2026-11-23T11:00:00'));
    const parallel = await db.departmentTask.findMany({
      where: { applicationId: id, status: 'OPEN' },
      select: { id: true, departmentId: true, openedAt: true, limitDays: true },
    });
    expect(parallel.length).toBeGreaterThan(1);
    const own = parallel.find((t) => t.departmentId === police.departmentId)!;
    // The police step asks the applicant for more material, Monday 14:00 to Wednesday 14:00: the whole case stands still.
    const suspension = await startSuspension(police, { taskId: own.id, kind: 'AWAITING_APPLICANT', reason: '请补充印章样式' }, at('2026-11-23T14:00:00'));
    const wednesday = at('2026-11-25T14:00:00');
    await endSuspension(police, { suspensionId: suspension.id }, wednesday);

    await addCalendarDay(admin, { date: '2026-11-26', kind: 'holiday', name: '临时闭馆' }, at('2026-11-25T15:00:00'));

    const calendar = await storedCalendar();
    const suspensions = [{ start: at('2026-11-23T14:00:00'), end: wednesday }];
    const now = at('2026-11-25T15:00:00');
    const after = await db.application.findUniqueOrThrow({ where: { id }, include: { tasks: { where: { status: 'OPEN' } } } });
    // The promise: Wednesday afternoon, then (Thursday off) Friday morning.
    expect(after.promisedDueAt).toEqual(dueDate({ acceptedAt: monday, limitDays: 1, suspensions, calendar, hours, now }));
    expect(after.promisedDueAt).toEqual(at('2026-11-27T12:00:00'));
    // Every parallel step, not only the police one, got its half day back: Wednesday afternoon.
    for (const t of after.tasks) {
      expect(t.dueAt).toEqual(stepDueDate({ startedAt: t.openedAt!, limitDays: t.limitDays, suspensions, calendar, hours, now }));
      expect(t.dueAt).toEqual(at('2026-11-25T17:00:00'));
    }
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
