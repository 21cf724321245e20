import { describe, expect, it } from 'vitest';
import { addCalendarDay } from '@/lib/calendar-admin/add-calendar-day';
import { confirmCalendarYear } from '@/lib/calendar-admin/confirm-calendar-year';
import { listCalendarYear } from '@/lib/calendar-admin/list-calendar-year';
import { maintainCalendar } from '@/lib/calendar-admin/maintain-calendar';
import { forgetClock, isProvisionalDue, readClock } from '@/lib/clock/clock-settings';
import { statutoryHolidays } from '@/lib/clock/statutory-holidays';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { acceptApplication } from '@/lib/intake/accept-application';
import { actorOf, submitOnline } from '../support/factories';

const at = (local: string) => new Date(`${local}+08:00`);
const iso = (d: Date | null | undefined) => d?.toISOString();

/** Takes a year's calendar away, as on a database whose data stopped at the year before. */
async function forgetYear(year: number) {
  await db.calendarDay.deleteMany({ where: { date: { gte: `${year}-01-01`, lte: `${year}-12-31` } } });
  await db.calendarYear.deleteMany({ where: { year } });
  forgetClock();
}

// 普通护照签发: promised 7 working days, statutory 15. Accepted Monday 2026-12-28 10:00:
// 12-29, 12-30, 12-31, [Fri 2027-01-01 元旦], 01-04, 01-05, 01-06, 01-07 → Thursday 01-07.
const accepted = at('2026-12-28T10:00:00');

describe('a provisional calendar for a year without holiday data', () => {
  it('is generated from the statutory holidays, marked provisional, and moves the due dates running into it (audited)', async () => {
    const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
    await forgetYear(2027);
    const { id } = await submitOnline(applicant, '普通护照签发', accepted);
    await acceptApplication(clerk, id, accepted);
    // Without 2027 data 元旦 was counted as a working day: one day early.
    expect(iso((await db.application.findUniqueOrThrow({ where: { id } })).promisedDueAt)).toBe('2027-01-06T09:00:00.000Z');

    const mark = (await db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const { generated, moved } = await maintainCalendar(at('2026-12-28T12:00:00'));
    expect(generated).toEqual([2027]);
    expect(moved).toBeGreaterThanOrEqual(2);
    const after = await db.application.findUniqueOrThrow({ where: { id }, include: { tasks: { where: { status: 'OPEN' } } } });
    expect(iso(after.promisedDueAt)).toBe('2027-01-07T09:00:00.000Z');

    const days = await db.calendarDay.findMany({ where: { date: { gte: '2027-01-01', lte: '2027-12-31' } }, orderBy: { date: 'asc' } });
    expect(days.map((d) => [d.date, d.working, d.source])).toEqual(statutoryHolidays(2027).map((d) => [d.date, false, 'statutory']));
    expect(days.map((d) => d.date)).toEqual(
      expect.arrayContaining([
        '2027-01-01',
        '2027-02-05',
        '2027-02-06',
        '2027-02-07',
        '2027-02-08',
        '2027-04-05',
        '2027-05-01',
        '2027-05-02',
        '2027-06-09',
        '2027-09-15',
        '2027-10-01',
        '2027-10-02',
        '2027-10-03',
      ]),
    );
    const clock = await readClock(db);
    expect(clock.provisionalYears).toEqual([2027]);
    expect(isProvisionalDue(clock, after.promisedDueAt)).toBe(true);
    expect(isProvisionalDue(clock, at('2026-12-31T17:00:00'))).toBe(false);

    const audit = await db.auditEvent.findMany({
      where: { id: { gt: mark }, OR: [{ applicationId: id, action: 'recompute-due-dates' }, { action: 'generate-provisional-year' }] },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => [a.action, a.reason, a.actorId])).toEqual([
      ['generate-provisional-year', null, null],
      ['recompute-due-dates', 'provisional-year:2027', null],
    ]);
    // Idempotent: a second start changes nothing.
    expect(await maintainCalendar(at('2026-12-28T12:05:00'))).toEqual({ generated: [], moved: 0 });
  });

  it('is never generated over a year the package or the admin has data for', async () => {
    const { generated } = await maintainCalendar(at('2026-03-01T10:00:00'));
    expect(generated).not.toContain(2026);
    expect(await db.calendarYear.findUnique({ where: { year: 2026 } })).toBeNull();
  });

  it('stays provisional until the admin confirms the 调休 arrangement, which recomputes the running due dates', async () => {
    const [applicant, clerk, admin, supervisor] = await Promise.all(['zhangsan', 'clerk', 'admin', 'supervisor'].map(actorOf));
    await forgetYear(2027);
    await maintainCalendar(at('2026-12-01T10:00:00'));
    const { id } = await submitOnline(applicant, '普通护照签发', accepted);
    await acceptApplication(clerk, id, accepted);
    const list = await listCalendarYear(admin, { year: 2027 }, accepted);
    expect(list.state?.provisional).toBe(true);
    expect(list.provisionalYears).toEqual([2027]);

    // Only the admin confirms.
    await expect(confirmCalendarYear(supervisor, { year: 2027 }, accepted)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The arrangement, entered first: say Saturday 2027-01-02 is worked (a 调休 day) …
    await addCalendarDay(admin, { date: '2027-01-02', kind: 'workday', name: '元旦调休' }, accepted);
    expect(iso((await db.application.findUniqueOrThrow({ where: { id } })).promisedDueAt)).toBe('2027-01-06T09:00:00.000Z');
    // … and an edit made behind the clock's back (a bulk load) is caught up by the confirmation.
    await db.calendarDay.create({ data: { date: '2027-01-04', working: false, name: '元旦补休', source: 'admin' } });
    const { moved } = await confirmCalendarYear(admin, { year: 2027 }, accepted);
    expect(moved).toBeGreaterThanOrEqual(2);
    expect(iso((await db.application.findUniqueOrThrow({ where: { id } })).promisedDueAt)).toBe('2027-01-07T09:00:00.000Z');

    const clock = await readClock(db);
    expect(clock.provisionalYears).toEqual([]);
    expect(isProvisionalDue(clock, at('2027-01-07T17:00:00'))).toBe(false);
    const year = await db.calendarYear.findUniqueOrThrow({ where: { year: 2027 } });
    expect([year.provisional, year.confirmedById, iso(year.confirmedAt)]).toEqual([false, admin.id, iso(accepted)]);
    const audit = await db.auditEvent.findMany({ where: { OR: [{ action: 'confirm-year' }, { applicationId: id, reason: 'confirm-year:2027' }] } });
    expect(audit.map((a) => [a.action, a.actorId]).sort()).toEqual([
      ['confirm-year', admin.id],
      ['recompute-due-dates', admin.id],
    ]);
    // Twice is refused.
    await expect(confirmCalendarYear(admin, { year: 2027 }, accepted)).rejects.toBeInstanceOf(AppError);
  });
});

describe('due dates stored under the old counting rule', () => {
  it('are recomputed once on start: an acceptance on a Sunday is not moved to Monday (audited)', async () => {
    const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
    const sunday = at('2026-11-22T11:00:00');
    const { id } = await submitOnline(applicant, '普通护照签发', sunday);
    await acceptApplication(clerk, id, sunday);
    const right = await db.application.findUniqueOrThrow({ where: { id }, include: { tasks: { where: { status: 'OPEN' } } } });
    // Sunday not counted: 11-23 … 12-01 → 7th working day Tuesday 12-01.
    expect(iso(right.promisedDueAt)).toBe('2026-12-01T09:00:00.000Z');
    // The case and its step agree.
    expect(right.tasks.length).toBeGreaterThan(0);
    for (const t of right.tasks) expect(t.dueAt!.getTime()).toBeLessThanOrEqual(right.promisedDueAt!.getTime());

    // As the old rule stored it (deemed accepted Monday: one day late), before the upgrade.
    await db.application.update({ where: { id }, data: { promisedDueAt: new Date('2026-12-02T09:00:00.000Z') } });
    await db.setting.delete({ where: { key: 'clock-rule' } });
    const { moved } = await maintainCalendar(at('2026-11-24T08:00:00'));
    expect(moved).toBe(1);
    expect(iso((await db.application.findUniqueOrThrow({ where: { id } })).promisedDueAt)).toBe('2026-12-01T09:00:00.000Z');
    const audit = await db.auditEvent.findFirstOrThrow({ where: { applicationId: id, action: 'recompute-due-dates' } });
    expect(audit.reason).toBe('clock-rule:acceptance-day-not-moved');
    expect(audit.data).toEqual([{ field: 'promisedDueAt', from: '2026-12-02T09:00:00.000Z', to: '2026-12-01T09:00:00.000Z' }]);
    expect((await db.setting.findUniqueOrThrow({ where: { key: 'clock-rule' } })).value).toBe(2);
  });
});
