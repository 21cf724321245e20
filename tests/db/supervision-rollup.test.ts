import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { addCalendarDay } from '@/lib/calendar-admin/add-calendar-day';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { decideTask } from '@/lib/routing/decide-task';
import { getStatistics } from '@/lib/supervision/get-statistics';
import { rollUpStatistics } from '@/lib/supervision/roll-up-statistics';
import type { StatisticsQuery } from '@/lib/supervision/schemas';
import { actorOf, submitOnline } from '../support/factories';

const at = (local: string) => new Date(`${local}+08:00`);
const monday = at('2026-11-23T10:00:00');
// "Today" of these tests: the cases lie in closed days, today's own activity is read live.
const now = at('2026-12-10T15:00:00');

async function accepted(applicant: Actor, clerk: Actor, itemName: string, when = monday) {
  const { id } = await submitOnline(applicant, itemName, when);
  await acceptApplication(clerk, id, when);
  return id;
}

async function decide(reviewer: Actor, applicationId: string, when: Date) {
  const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId, status: 'OPEN' } });
  await decideTask(reviewer, { taskId: task.id, decision: 'APPROVED', opinion: '符合条件。' }, when);
}

/*
 * Passports (公安局) accepted by the clerk on 23 Nov and decided on 25 Nov and
 * 3 Dec, one corrected at the window and still running, ratings on 4 Dec, and
 * one suspended for two days and decided today (10 Dec, read live even after
 * the rollup).
 */
async function smallDataSet() {
  const [applicant, clerk, police] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('reviewer.ga')]);
  const a = await accepted(applicant, clerk, '普通护照签发');
  const b = await accepted(applicant, clerk, '普通护照签发');
  const c = await accepted(applicant, clerk, '普通护照签发');
  const d = await accepted(applicant, clerk, '普通护照签发', at('2026-12-01T09:30:00'));
  await decide(police, a, at('2026-11-25T10:00:00'));
  await decide(police, b, at('2026-12-03T10:00:00'));
  // D's clock stood still on Thu 3 and Fri 4 Dec (testing): 2 of its 6 working days do not count.
  const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: d } });
  await db.suspension.create({
    data: {
      applicationId: d,
      taskId: task.id,
      kind: 'TESTING',
      reason: '检验检测',
      startedAt: at('2026-12-03T09:00:00'),
      endedAt: at('2026-12-04T17:00:00'),
      startedById: police.id,
    },
  });
  await decide(police, d, at('2026-12-10T11:00:00'));
  await db.application.update({ where: { id: c }, data: { channel: 'WINDOW' } });
  await db.correctionNotice.create({ data: { applicationId: c, items: [], issuedById: clerk.id, issuedAt: monday, answeredAt: monday } });
  for (const [applicationId, overall] of [
    [a, 5],
    [b, 3],
  ] as const) {
    await db.evaluation.create({
      data: { applicationId, occasion: 'CONCLUSION', raterId: applicant.id, channel: 'ONLINE', overall, scores: {}, createdAt: at('2026-12-04T10:00:00') },
    });
  }
}

const QUERIES: StatisticsQuery[] = [
  { from: '2026-11-01', to: '2026-12-10', by: 'department' },
  { from: '2026-11-23', to: '2026-12-31', by: 'window' },
  { from: '2026-11-20', to: '2026-12-09', by: 'staff' },
  { from: '2026-12-01', to: '2026-12-10', by: 'item' },
  // Reviewers by their decided steps: A and B rolled up, D's step decided today.
  { from: '2026-11-23', to: '2026-12-10', by: 'reviewer' },
  // Monthly series over a longer period.
  { from: '2026-06-01', to: '2026-12-10', by: 'department' },
];

const statisticsOf = async (supervisor: Actor) => Promise.all(QUERIES.map((q) => getStatistics(supervisor, q, now)));

describe('statistics rollup', () => {
  it('gives the same figures as counting case by case, also after a holiday is added', async () => {
    await smallDataSet();
    const [supervisor, admin] = await Promise.all([actorOf('supervisor'), actorOf('admin')]);

    const live = await statisticsOf(supervisor);
    // A 1, B 7 and D 6 - 2 working days.
    expect(live[0]!.total).toMatchObject({ accepted: 4, concluded: 3, avgWorkingDays: 4 });
    // The same for their steps (opened at acceptance), all decided by 周审查; only B's was late.
    expect(live[4]!.rows).toEqual([expect.objectContaining({ group: '周审查', accepted: 0, concluded: 3, avgWorkingDays: 4, onTimePromised: 0.6667 })]);

    // 23 Nov (first data) to 9 Dec: 17 closed days.
    expect(await rollUpStatistics(now)).toBe(17);
    expect(await db.statDay.count()).toBe(17);
    expect(await statisticsOf(supervisor)).toEqual(live);

    // The rollup is really read: a tampered row shows in the figures of closed days.
    await db.statDaily.updateMany({ where: { dimension: 'department', day: '2026-11-23' }, data: { accepted: { increment: 10 } } });
    expect((await getStatistics(supervisor, QUERIES[0]!, now)).total.accepted).toBe(14);
    await db.statDaily.updateMany({ where: { dimension: 'reviewer', day: '2026-11-25' }, data: { concluded: { increment: 10 } } });
    expect((await getStatistics(supervisor, QUERIES[4]!, now)).total.concluded).toBe(13);
    await db.statDay.deleteMany();
    expect(await rollUpStatistics(now)).toBe(17);
    expect(await statisticsOf(supervisor)).toEqual(live);

    // 26 Nov becomes a holiday: B used one working day less. The stale rollup is not read…
    await addCalendarDay(admin, { date: '2026-11-26', kind: 'holiday', name: '临时休息日' }, now);
    const afterEdit = await statisticsOf(supervisor);
    expect(afterEdit[0]!.total.avgWorkingDays).not.toBe(live[0]!.total.avgWorkingDays);
    // …the next run counts every day again under the new calendar…
    expect(await rollUpStatistics(now)).toBe(17);
    expect(await statisticsOf(supervisor)).toEqual(afterEdit);
    // …and both agree with counting case by case.
    await db.statDay.deleteMany();
    expect(await statisticsOf(supervisor)).toEqual(afterEdit);
    expect(await rollUpStatistics(now)).toBe(17);
    // Nothing stale is left: a second run redoes only the last two closed days.
    expect(await rollUpStatistics(now)).toBe(2);
  });
});
