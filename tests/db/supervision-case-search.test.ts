import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { acceptApplication } from '@/lib/intake/accept-application';
import { rejectApplication } from '@/lib/intake/reject-application';
import { caseSearchSchema, findCases } from '@/lib/supervision/find-cases';
import { actorOf, submitOnline } from '../support/factories';

const at = (local: string) => new Date(`${local}+08:00`);

describe('the supervisor’s case search (查件)', () => {
  it('finds open and concluded cases by receipt number, name, phone or ID number, exactly, names masked', async () => {
    const [zhangsan, clerk, supervisor] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('supervisor')]);
    const open = await submitOnline(zhangsan, '普通护照签发', at('2026-11-23T10:00:00'));
    const { receiptNumber } = await acceptApplication(clerk, open.id, at('2026-11-23T10:05:00'));
    const refused = await submitOnline(zhangsan, '普通护照签发', at('2026-11-23T11:00:00'));
    await rejectApplication(clerk, { applicationId: refused.id, reason: '不属于本中心受理范围', legalBasis: '《中华人民共和国行政许可法》第三十二条' });
    const find = (params: Record<string, string>) => findCases(supervisor, caseSearchSchema.parse(params));
    const ids = async (params: Record<string, string>) => (await find(params))!.rows.map((r) => r.id);

    const byReceipt = (await find({ q: ` ${receiptNumber} ` }))!;
    expect(byReceipt.rows.map((r) => r.id)).toEqual([open.id]);
    expect(byReceipt.rows[0]).toMatchObject({ applicant: '张*', status: 'IN_REVIEW', receiptNumber, itemName: '普通护照签发' });

    const idNumber = (await db.user.findUniqueOrThrow({ where: { id: zhangsan.id }, select: { idNumber: true } })).idNumber!;
    for (const q of ['张三', '13800000001', idNumber, idNumber.toLowerCase()]) {
      const found = await ids({ q });
      expect(found).toEqual(expect.arrayContaining([open.id, refused.id]));
    }
    const byName = (await find({ q: '张三' }))!;
    expect(byName.rows.every((r) => r.applicant === '张*')).toBe(true);
    expect(JSON.stringify(byName)).not.toContain('张三');

    // Exact only: a fragment finds nobody.
    for (const q of ['张', '1380000', receiptNumber!.slice(0, 10)]) expect((await find({ q }))!.rows).toEqual([]);

    // The scope: open cases, concluded ones (the refused one), or both.
    expect(await ids({ q: '张三', scope: 'open' })).toContain(open.id);
    expect(await ids({ q: '张三', scope: 'open' })).not.toContain(refused.id);
    expect(await ids({ q: '张三', scope: 'concluded' })).toContain(refused.id);
    expect(await ids({ q: '张三', scope: 'concluded' })).not.toContain(open.id);
    // Without a query, the concluded scope lists the latest concluded cases; otherwise nothing is searched.
    expect(await ids({ scope: 'concluded' })).toContain(refused.id);
    expect(await find({})).toBeNull();
    expect(await find({ q: '   ' })).toBeNull();
  });

  it('shows a company’s name whole, and is for supervisors and admins only', async () => {
    const [qiye, supervisor, admin, clerk] = await Promise.all([actorOf('qiye'), actorOf('supervisor'), actorOf('admin'), actorOf('clerk')]);
    const { id } = await submitOnline(qiye, '个体工商户设立登记', at('2026-11-23T10:00:00'));
    const { applicantName } = await db.application.findUniqueOrThrow({ where: { id }, select: { applicantName: true } });
    const found = await findCases(admin, caseSearchSchema.parse({ q: applicantName }));
    expect(found!.rows.find((r) => r.id === id)?.applicant).toBe(applicantName);
    expect((await findCases(supervisor, caseSearchSchema.parse({ q: applicantName })))!.rows.map((r) => r.id)).toContain(id);
    await expect(findCases(clerk, caseSearchSchema.parse({ q: applicantName }))).rejects.toBeInstanceOf(AppError);
  });

  it('matches on indexed columns (the plan never scans every case)', async () => {
    const indexes = await db.$queryRaw<{ indexname: string }[]>`SELECT indexname::text AS indexname FROM pg_indexes WHERE tablename = 'Application'`;
    const names = indexes.map((i) => i.indexname);
    for (const column of ['applicantName', 'applicantIdNo', 'contactPhone', 'receiptNumber']) {
      expect(names.some((n) => n.includes(column))).toBe(true);
    }
  });
});
