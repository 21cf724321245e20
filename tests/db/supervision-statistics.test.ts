import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { decideTask } from '@/lib/routing/decide-task';
import { exportStatistics } from '@/lib/supervision/export-statistics';
import { getPublicStatistics } from '@/lib/supervision/get-public-statistics';
import { getStatistics } from '@/lib/supervision/get-statistics';
import { actorOf, submitOnline } from '../support/factories';

const at = (local: string) => new Date(`${local}+08:00`);
const monday = at('2026-11-23T10:00:00');

async function acceptedPassport(applicant: Actor, clerk: Actor) {
  const { id } = await submitOnline(applicant, '普通护照签发', monday);
  await acceptApplication(clerk, id, monday);
  return id;
}

async function decide(police: Actor, applicationId: string, now: Date) {
  const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId, status: 'OPEN' } });
  await decideTask(police, { taskId: task.id, decision: 'APPROVED', opinion: '符合条件。' }, now);
}

/*
 * The known data set: three passports accepted by the clerk on Monday 23 Nov 10:00
 * (promised 7 working days: Wed 2 Dec 17:00; statutory 15: Mon 14 Dec 17:00).
 *   A: online, decided Wed 25 Nov 10:00 -> on time; used Tue 24 (2 half-days) = 1 working day; rated ★5.
 *   B: online, decided Thu 3 Dec 10:00 -> late against the promise, on time by statute;
 *      used 24,25,26,27,30 Nov, 1,2 Dec = 7 working days; rated ★3.
 *   C: at the window, needed a correction before acceptance, still running.
 * For 公安局 (and in total), 23 Nov–31 Dec:
 *   accepted 3, concluded 2 (A, B), on time promised 1/2 = 50 %, statutory 2/2 = 100 %,
 *   average (1 + 7) / 2 = 4 working days, 一次办结率 2/2 = 100 % (neither A nor B was corrected),
 *   correction rate 1/3, online share 2/3, satisfaction 1 of 2 ratings at ★4–5 = 50 %.
 */
async function knownDataSet() {
  const [applicant, clerk, police] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('reviewer.ga')]);
  const a = await acceptedPassport(applicant, clerk);
  const b = await acceptedPassport(applicant, clerk);
  const c = await acceptedPassport(applicant, clerk);
  await decide(police, a, at('2026-11-25T10:00:00'));
  await decide(police, b, at('2026-12-03T10:00:00'));
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
  return { clerk };
}

describe('statistics', () => {
  it('computes every figure of the known data set by department, window and staff member', async () => {
    const { clerk } = await knownDataSet();
    const supervisor = await actorOf('supervisor');
    const stats = await getStatistics(supervisor, { from: '2026-11-23', to: '2026-12-31', by: 'department' });
    const expected = {
      accepted: 3,
      concluded: 2,
      onTimePromised: 0.5,
      onTimeStatutory: 1,
      avgWorkingDays: 4,
      firstTimeRate: 1,
      correctionRate: 0.3333,
      onlineShare: 0.6667,
      ratings: 2,
      satisfaction: 0.5,
    };
    expect(stats.rows).toHaveLength(1);
    expect(stats.rows[0].group).toContain('公安局');
    expect(stats.rows[0]).toMatchObject(expected);
    expect(stats.total).toMatchObject(expected);
    // Monthly buckets beyond two months, daily within: 23 Nov has 3 accepted; 25 Nov and 3 Dec one concluded each.
    expect(stats.series.find((s) => s.label === '2026-11-23')).toEqual({ label: '2026-11-23', accepted: 3, concluded: 0 });
    expect(stats.series.filter((s) => s.concluded > 0).map((s) => s.label)).toEqual(['2026-11-25', '2026-12-03']);

    const byStaff = await getStatistics(supervisor, { from: '2026-11-23', to: '2026-12-31', by: 'staff' });
    expect(byStaff.rows.map((r) => [r.group, r.accepted])).toEqual([[clerk.name, 3]]);
    const byWindow = await getStatistics(supervisor, { from: '2026-11-23', to: '2026-12-31', by: 'window' });
    expect(byWindow.rows).toHaveLength(1);
    expect(byWindow.rows[0].accepted).toBe(3);

    // A period holding only B's conclusion: one case, late, seven days.
    const december = await getStatistics(supervisor, { from: '2026-12-01', to: '2026-12-31', by: 'item' });
    expect(december.total).toMatchObject({ accepted: 0, concluded: 1, onTimePromised: 0, avgWorkingDays: 7, correctionRate: null });
  });

  /*
   * Satisfaction by window and by staff member. The known data set, with C
   * moved to the window lead at a second window and rated ★4 at intake:
   *   clerk, window 1: A ★5, B ★3 -> 1 of 2 at ★4–5 = 50 %;
   *   lead, window 2: C ★4 -> 1 of 1 = 100 %; in total 2 of 3 = 66.67 %.
   */
  it('computes satisfaction by window and by staff member', async () => {
    const { clerk } = await knownDataSet();
    const [supervisor, lead, applicant] = await Promise.all([actorOf('supervisor'), actorOf('lead'), actorOf('zhangsan')]);
    const secondWindow = await db.window.findFirstOrThrow({ where: { id: { not: clerk.windowId! } }, orderBy: { code: 'asc' } });
    const c = await db.application.findFirstOrThrow({ where: { channel: 'WINDOW', acceptedById: clerk.id } });
    await db.application.update({ where: { id: c.id }, data: { acceptedById: lead.id, windowId: secondWindow.id } });
    await db.evaluation.create({
      data: { applicationId: c.id, occasion: 'INTAKE', raterId: applicant.id, channel: 'WINDOW', overall: 4, scores: {}, createdAt: at('2026-12-04T11:00:00') },
    });
    const period = { from: '2026-11-23', to: '2026-12-31' } as const;

    const byStaff = await getStatistics(supervisor, { ...period, by: 'staff' });
    const staff = Object.fromEntries(byStaff.rows.map((r) => [r.group, [r.accepted, r.ratings, r.satisfaction]]));
    expect(staff).toEqual({ [clerk.name]: [2, 2, 0.5], [lead.name]: [1, 1, 1] });
    expect(byStaff.total).toMatchObject({ ratings: 3, satisfaction: 0.6667 });

    const byWindow = await getStatistics(supervisor, { ...period, by: 'window' });
    const clerkWindow = await db.window.findUniqueOrThrow({ where: { id: clerk.windowId! } });
    const windows = Object.fromEntries(byWindow.rows.map((r) => [r.group, [r.accepted, r.ratings, r.satisfaction]]));
    expect(windows).toEqual({ [clerkWindow.name]: [2, 2, 0.5], [secondWindow.name]: [1, 1, 1] });
    expect(byWindow.total).toMatchObject({ ratings: 3, satisfaction: 0.6667 });

    // Only ratings given in the period count: 4 Dec alone holds all three, 5 Dec none.
    expect((await getStatistics(supervisor, { from: '2026-12-04', to: '2026-12-04', by: 'staff' })).total).toMatchObject({ ratings: 3, satisfaction: 0.6667 });
    expect((await getStatistics(supervisor, { from: '2026-12-05', to: '2026-12-05', by: 'staff' })).total).toMatchObject({ ratings: 0, satisfaction: null });
  });

  /*
   * Reviewers by the steps they decided. The known data set (A and B decided by
   * 周审查 of the police; their step, opened at acceptance, is due Wed 2 Dec
   * 12:00) plus E, a passport accepted on Monday too and
   * decided Fri 27 Nov 10:00 by a second police reviewer, who asked the
   * applicant for more material from Tue 24 09:00 to Wed 25 17:00 (not counted):
   *   周审查: 2 steps, on time 1/2 = 50 %, (1 + 7) / 2 = 4 working days, without asking 2/2 = 100 %;
   *   second reviewer: 1 step, on time, Thu 26 only = 1 working day, without asking 0/1;
   *   in total 3 steps, on time 2/3, (1 + 7 + 1) / 3 = 3 working days, without asking 2/3.
   */
  it('measures reviewers on the steps they decided', async () => {
    await knownDataSet();
    const [supervisor, applicant, clerk, police] = await Promise.all([actorOf('supervisor'), actorOf('zhangsan'), actorOf('clerk'), actorOf('reviewer.ga')]);
    const second = await db.user.create({
      data: { username: 'reviewer.ga2', name: '测试审查员', passwordHash: 'x', role: 'REVIEWER', departmentId: police.departmentId },
      select: { id: true, name: true, role: true, departmentId: true, windowId: true },
    });
    const e = await acceptedPassport(applicant, clerk);
    const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: e, status: 'OPEN' } });
    expect(task.dueAt).toEqual(at('2026-12-02T12:00:00'));
    await db.suspension.create({
      data: {
        applicationId: e,
        taskId: task.id,
        kind: 'AWAITING_APPLICANT',
        reason: '请补充照片',
        startedAt: at('2026-11-24T09:00:00'),
        endedAt: at('2026-11-25T17:00:00'),
        startedById: second.id,
      },
    });
    await decide(second, e, at('2026-11-27T10:00:00'));

    const stats = await getStatistics(supervisor, { from: '2026-11-23', to: '2026-12-31', by: 'reviewer' });
    const rows = Object.fromEntries(stats.rows.map((r) => [r.group, r]));
    expect(Object.keys(rows).sort()).toEqual([police.name, second.name].sort());
    expect(rows[police.name]).toMatchObject({ concluded: 2, onTimePromised: 0.5, avgWorkingDays: 4, firstTimeRate: 1 });
    expect(rows[second.name]).toMatchObject({ concluded: 1, onTimePromised: 1, avgWorkingDays: 1, firstTimeRate: 0 });
    // Acceptances, statutory limits and ratings belong to cases, not to a reviewer's step.
    expect(stats.total).toMatchObject({
      accepted: 0,
      concluded: 3,
      onTimePromised: 0.6667,
      onTimeStatutory: null,
      avgWorkingDays: 3,
      firstTimeRate: 0.6667,
      correctionRate: null,
      ratings: 0,
      satisfaction: null,
    });
    expect(stats.series.filter((s) => s.concluded > 0)).toEqual([
      { label: '2026-11-25', accepted: 0, concluded: 1 },
      { label: '2026-11-27', accepted: 0, concluded: 1 },
      { label: '2026-12-03', accepted: 0, concluded: 1 },
    ]);
    // Only B's step in December.
    expect(
      (await getStatistics(supervisor, { from: '2026-12-01', to: '2026-12-31', by: 'reviewer' })).rows.map((r) => [
        r.group,
        r.concluded,
        r.onTimePromised,
        r.avgWorkingDays,
      ]),
    ).toEqual([[police.name, 1, 0, 7]]);

    const csv = await exportStatistics(supervisor, { from: '2026-11-23', to: '2026-12-31', by: 'reviewer' }, 'csv');
    const lines = new TextDecoder()
      .decode(csv.bytes)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('审查人员,办结环节数,环节时限内办结率,环节平均用时（工作日）,未要求补充材料占比');
    // Rates and days as the screen shows them.
    expect(lines).toContain(`${police.name},2,50.0%,4.0,100.0%`);
    expect(lines.at(-1)).toBe('合计,3,66.7%,3.0,66.7%');
    expect(csv.filename).toBe('办件统计_审查人员_2026-11-23_2026-12-31.csv');
  });

  it('publishes only department figures, and exports XLSX and CSV for supervision only', async () => {
    await knownDataSet();
    const [supervisor, police] = await Promise.all([actorOf('supervisor'), actorOf('reviewer.ga')]);
    const pub = await getPublicStatistics({ year: 2026 }, at('2026-12-31T12:00:00'));
    expect(pub.departments).toHaveLength(1);
    expect(pub.departments[0]).toEqual({ department: expect.stringContaining('公安局'), accepted: 3, concluded: 2, onTimeRate: 0.5, avgWorkingDays: 4 });
    expect(JSON.stringify(pub)).not.toContain('张');

    await expect(getStatistics(police, { from: '2026-11-23', to: '2026-12-31', by: 'department' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getStatistics(null, { from: '2026-11-23', to: '2026-12-31', by: 'staff' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const csv = await exportStatistics(supervisor, { from: '2026-11-23', to: '2026-12-31', by: 'department' }, 'csv');
    const lines = new TextDecoder()
      .decode(csv.bytes)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toContain('一次办结率');
    expect(lines.at(-1)).toBe('合计,3,2,50.0%,100.0%,4.0,100.0%,33.3%,66.7%,2,50.0%');

    const xlsx = await exportStatistics(supervisor, { from: '2026-11-23', to: '2026-12-31', by: 'department' }, 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('统计')!;
    expect(sheet.getRow(4).getCell(1).value).toBe('合计');
    expect(sheet.getRow(4).getCell(2).value).toBe(3);
  });
});
