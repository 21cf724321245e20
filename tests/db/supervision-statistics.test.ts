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
  for (const [applicationId, overall] of [[a, 5], [b, 3]] as const) {
    await db.evaluation.create({ data: { applicationId, occasion: 'CONCLUSION', raterId: applicant.id, channel: 'ONLINE', overall, scores: {}, createdAt: at('2026-12-04T10:00:00') } });
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
    const lines = new TextDecoder().decode(csv.bytes).replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toContain('一次办结率');
    expect(lines.at(-1)).toBe('合计,3,2,0.5,1,4,1,0.3333,0.6667,2,0.5');

    const xlsx = await exportStatistics(supervisor, { from: '2026-11-23', to: '2026-12-31', by: 'department' }, 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('统计')!;
    expect(sheet.getRow(4).getCell(1).value).toBe('合计');
    expect(sheet.getRow(4).getCell(2).value).toBe(3);
  });
});
