import { describe, expect, it } from 'vitest';
import { addCalendarDay } from '@/lib/calendar-admin/add-calendar-day';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { refreshWarnings } from '@/lib/supervision/refresh-warnings';
import { updateWarningThresholds } from '@/lib/supervision/update-warning-thresholds';
import { actorOf, submitOnline } from '../support/factories';

// Monday 2026-11-23 10:00 in Shanghai: a plain working week.
const monday = new Date('2026-11-23T02:00:00Z');
const at = (local: string) => new Date(`${local}+08:00`);

async function warningsAbout(ids: string[]) {
  return db.outboxMessage.findMany({
    where: { OR: ids.map((id) => ({ dedupeKey: { contains: `:${id}:` } })) },
    select: { recipientId: true, dedupeKey: true, subject: true },
    orderBy: { dedupeKey: 'asc' },
  });
}

describe('the warning job', () => {
  it('stores colours, tells the responsible staff once, and never twice', async () => {
    const [applicant, clerk, police, supervisor] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('reviewer.ga'), actorOf('supervisor')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);
    const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id, status: 'OPEN' } });

    await refreshWarnings(monday);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).warning).toBe('GREEN');
    expect(await warningsAbout([id, task.id])).toEqual([]);

    // A week after the promised due date (Wed 2 Dec): the case and its step are red.
    const late = at('2026-12-09T10:00:00');
    expect(await refreshWarnings(late)).toBeGreaterThanOrEqual(2);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).warning).toBe('RED');
    expect((await db.departmentTask.findUniqueOrThrow({ where: { id: task.id } })).warning).toBe('RED');
    const told = await warningsAbout([id, task.id]);
    // The supervisor hears of the red case; the police reviewers of their red step.
    expect(told.filter((m) => m.dedupeKey!.startsWith(`warn:case:${id}:RED:`)).map((m) => m.recipientId)).toEqual([supervisor.id]);
    expect(told.filter((m) => m.dedupeKey!.startsWith(`warn:task:${task.id}:RED:`)).map((m) => m.recipientId)).toContain(police.id);

    // A second run, and a run after a "restart" with the colours reset, add nothing.
    expect(await refreshWarnings(late)).toBe(0);
    await db.application.update({ where: { id }, data: { warning: 'GREEN' } });
    await db.departmentTask.update({ where: { id: task.id }, data: { warning: 'GREEN' } });
    await refreshWarnings(late);
    expect(await warningsAbout([id, task.id])).toEqual(told);
  });

  it('turns a case yellow near its due date and green again when a holiday moves the due date', async () => {
    const [applicant, clerk, admin] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('admin')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);
    // Wednesday 2 December 10:00, the last day of the 7-day promise: 1 day left <= max(1, 20 % of 7).
    const lastDay = at('2026-12-02T10:00:00');
    await refreshWarnings(lastDay);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).warning).toBe('YELLOW');

    // Tuesday 1 December declared a holiday: the due date moves to Thursday, two days remain.
    await addCalendarDay(admin, { date: '2026-12-01', kind: 'holiday', name: '临时休假' }, lastDay);
    const moved = await db.application.findUniqueOrThrow({ where: { id } });
    expect(moved.promisedDueAt?.toISOString()).toBe('2026-12-03T09:00:00.000Z');
    await refreshWarnings(lastDay);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).warning).toBe('GREEN');

    // Friday after the new due date it is red, and the supervisor is told against the new due date.
    await refreshWarnings(at('2026-12-04T10:00:00'));
    const told = await warningsAbout([id]);
    expect(told.map((m) => m.dedupeKey!.split(':').slice(0, 4).join(':'))).toEqual([`warn:case:${id}:RED`]);
    expect(told[0].dedupeKey).toContain('2026-12-03T09:00:00.000Z');
  });

  it('warns the window of a submission waiting too long, and follows configured thresholds', async () => {
    const [applicant, clerk, supervisor, police] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('supervisor'), actorOf('reviewer.ga')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    // Monday 30 November is the last of the five working days to answer.
    await refreshWarnings(at('2026-11-30T10:00:00'));
    expect((await db.application.findUniqueOrThrow({ where: { id } })).warning).toBe('YELLOW');
    const told = await warningsAbout([id]);
    expect(told.map((m) => m.recipientId)).toContain(clerk.id);
    expect(told.every((m) => m.dedupeKey!.startsWith(`warn:intake:${id}:YELLOW:`))).toBe(true);

    await expect(updateWarningThresholds(police, { days: 3, percent: 0 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await updateWarningThresholds(supervisor, { days: 5, percent: 0 });
    await acceptApplication(clerk, id, monday);
    // Five working days left of seven (Wed 25th morning) is now yellow.
    await refreshWarnings(at('2026-11-26T10:00:00'));
    expect((await db.application.findUniqueOrThrow({ where: { id } })).warning).toBe('YELLOW');
    expect(await db.auditEvent.count({ where: { entity: 'Setting', action: 'update-warning-thresholds', actorId: supervisor.id } })).toBe(1);
  });
});
