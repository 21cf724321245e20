import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { addCalendarDay } from '@/lib/calendar-admin/add-calendar-day';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { decideTask } from '@/lib/routing/decide-task';
import { exportStatistics } from '@/lib/supervision/export-statistics';
import { getPublicStatistics } from '@/lib/supervision/get-public-statistics';
import { getStatistics } from '@/lib/supervision/get-statistics';
import { getRecentStatistics } from '@/lib/supervision/recent-statistics';
import { rollUpStatistics } from '@/lib/supervision/roll-up-statistics';
import type { StatisticsQuery } from '@/lib/supervision/schemas';
import { actorOf, submitOnline } from '../support/factories';

const at = (local: string) => new Date(`${local}+08:00`);
const now = at('2026-12-10T15:00:00');

async function accepted(applicant: Actor, clerk: Actor, when: Date) {
  const { id } = await submitOnline(applicant, '普通护照签发', when);
  await acceptApplication(clerk, id, when);
  return id;
}

async function decide(police: Actor, applicationId: string, when: Date) {
  const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId, status: 'OPEN' } });
  await decideTask(police, { taskId: task.id, decision: 'APPROVED', opinion: '符合条件。' }, when);
}

/*
 * Records per day (what the live figures read for the department dimension):
 *   23 Nov: 2 accepted · 25 Nov: 1 concluded · 1 Dec: 1 accepted · 3 Dec: 1 concluded
 *   4 Dec: 2 ratings · 10 Dec (today): 1 concluded.
 * The reviewer dimension reads the decided steps: 25 Nov, 3 Dec, 10 Dec.
 */
async function dataSet() {
  const [applicant, clerk, police] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('reviewer.ga')]);
  const a = await accepted(applicant, clerk, at('2026-11-23T10:00:00'));
  const b = await accepted(applicant, clerk, at('2026-11-23T11:00:00'));
  const c = await accepted(applicant, clerk, at('2026-12-01T09:30:00'));
  await decide(police, a, at('2026-11-25T10:00:00'));
  await decide(police, b, at('2026-12-03T10:00:00'));
  await decide(police, c, at('2026-12-10T11:00:00'));
  for (const applicationId of [a, b]) {
    await db.evaluation.create({
      data: { applicationId, occasion: 'CONCLUSION', raterId: applicant.id, channel: 'ONLINE', overall: 5, scores: {}, createdAt: at('2026-12-04T10:00:00') },
    });
  }
  return { supervisor: await actorOf('supervisor'), admin: await actorOf('admin'), police };
}

const month: StatisticsQuery = { from: '2026-11-01', to: '2026-12-10', by: 'department' };

describe('statistics while the rollup is stale', () => {
  it('counts at most the limit of records live, the latest days first, and reports the days left out as pending', async () => {
    const { supervisor, admin } = await dataSet();

    // Within the limit: every day counted live, nothing pending.
    const complete = await getStatistics(supervisor, month, now);
    expect(complete.total).toMatchObject({ accepted: 3, concluded: 3, ratings: 2 });
    expect(complete.pending).toBeNull();

    // Three records: today (1) and 4 Dec (2) fit, 3 Dec would make four; 1 Nov to 3 Dec are pending.
    const bounded = await getStatistics(supervisor, month, now, 3);
    expect(bounded.total).toMatchObject({ accepted: 0, concluded: 1, ratings: 2 });
    expect(bounded.pending).toEqual({ days: 33, from: '2026-11-01', to: '2026-12-03' });
    expect(bounded.series.find((s) => s.label === '2026-11-23')).toEqual({ label: '2026-11-23', accepted: 0, concluded: 0 });
    // The Excel file says so below its table.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from((await exportStatistics(supervisor, month, 'xlsx', now, 3)).bytes) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('统计')!;
    expect(sheet.getRow(4).getCell(1).value).toBe('合计');
    expect(sheet.getRow(5).getCell(1).value).toBe('注：2026-11-01 至 2026-12-03 有 33 天的数据尚未汇总，未计入本表。');
    // The public page's figures say the same, with the time they were computed.
    const pub = await getPublicStatistics({ year: 2026 }, now, 3);
    expect(pub.total).toMatchObject({ accepted: 0, concluded: 1 });
    expect(pub.pending).toEqual({ days: 337, from: '2026-01-01', to: '2026-12-03' });
    expect(pub.generatedAt).toEqual(now);
    expect((await getPublicStatistics({ year: 2026 }, now)).pending).toBeNull();
    // Reviewers by their steps: only today's fits one record.
    const steps = await getStatistics(supervisor, { ...month, by: 'reviewer' }, now, 1);
    expect(steps.total.concluded).toBe(1);
    expect(steps.pending).toEqual({ days: 33, from: '2026-11-01', to: '2026-12-03' });
    // Not even today fits: nothing is read case by case, every day is pending.
    expect((await getStatistics(supervisor, month, now, 0)).pending).toEqual({ days: 40, from: '2026-11-01', to: '2026-12-10' });

    // Once rolled up, the past days come from the rollup whatever the limit: the complete figures again.
    expect(await rollUpStatistics(now)).toBe(17);
    const rolled = await getStatistics(supervisor, month, now, 3);
    expect(rolled.pending).toBeNull();
    expect(rolled.rows).toEqual(complete.rows);
    expect(rolled.total).toEqual(complete.total);

    // A calendar change makes every rolled-up day stale: pending again until the next run.
    await addCalendarDay(admin, { date: '2026-11-24', kind: 'holiday', name: '临时休息日' }, now);
    expect((await getStatistics(supervisor, month, now, 3)).pending).toEqual({ days: 33, from: '2026-11-01', to: '2026-12-03' });
    expect(await rollUpStatistics(now)).toBe(17);
    const recounted = await getStatistics(supervisor, month, now, 3);
    expect(recounted.pending).toBeNull();
    expect(recounted.total).toEqual((await getStatistics(supervisor, month, now)).total);
    // 24 Nov is no longer a working day: A took none of its half-days, so the average fell.
    expect(recounted.total.avgWorkingDays).toBeLessThan(complete.total.avgWorkingDays!);
  });
});

describe('statistics from the one-minute cache', () => {
  it('serves the figures of a period for a minute, then computes them again, and checks access first', async () => {
    const { supervisor, admin, police } = await dataSet();
    const query: StatisticsQuery = { from: '2026-11-01', to: '2026-12-10', by: 'item' };
    const first = await getRecentStatistics(supervisor, query, now);
    expect(first.total.concluded).toBe(3);
    expect(first.generatedAt).toEqual(now);

    // A case concluded now is not in the figures of this minute, for any supervisor or admin…
    const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
    await decide(police, await accepted(applicant, clerk, at('2026-12-10T09:00:00')), at('2026-12-10T15:00:10'));
    const later = new Date(now.getTime() + 59_000);
    expect(await getRecentStatistics(admin, query, later)).toBe(first);
    // …another grouping is computed on its own…
    expect((await getRecentStatistics(supervisor, { ...query, by: 'window' }, later)).total.concluded).toBe(4);
    // …and a minute later it is counted.
    const renewed = await getRecentStatistics(supervisor, query, new Date(now.getTime() + 60_000));
    expect(renewed.total.concluded).toBe(4);
    expect(renewed.generatedAt).toEqual(new Date(now.getTime() + 60_000));

    // Access and the period are checked before the cache is looked at.
    await expect(getRecentStatistics(police, query, later)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The public (no one signed in) only by department, even for a period cached by another grouping.
    await expect(getRecentStatistics(null, { ...query, by: 'window' }, later)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getRecentStatistics(null, { ...query, by: 'department' }, later)).total.concluded).toBe(4);
    await expect(getRecentStatistics(supervisor, { ...query, to: '2026-10-01' }, later)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
