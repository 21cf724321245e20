import { describe, expect, it } from 'vitest';
import { listMyApplications, listMyApplicationsPage } from '@/lib/applications/list-my-applications';
import { db } from '@/lib/db';
import { listIntakeQueue, listIntakeQueuePage } from '@/lib/intake/list-intake-queue';
import { actorOf, submitOnline } from '../support/factories';
import { monday } from '../support/instants';

/** Every page of a keyset list, following `next` until it ends. */
async function walk<T>(pageOf: (after?: string) => Promise<{ rows: T[]; next: string | null }>) {
  const pages: T[][] = [];
  let after: string | undefined;
  for (let i = 0; i < 100; i++) {
    const { rows, next } = await pageOf(after);
    pages.push(rows);
    if (!next) return pages;
    after = next;
  }
  throw new Error('the pages never end');
}

describe('keyset paging of long lists', () => {
  it('pages the intake queue oldest first, every case once, the same cases as one long list', async () => {
    const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
    for (let i = 0; i < 5; i++) await submitOnline(applicant, '普通护照签发', new Date(monday.getTime() + i * 60_000));
    // Two cases submitted at the same instant: the id breaks the tie, so neither is lost or repeated.
    const [a, b] = await Promise.all([submitOnline(applicant, '普通护照签发', monday), submitOnline(applicant, '普通护照签发', monday)]);

    const all = await db.application.findMany({
      where: { status: { in: ['SUBMITTED', 'CORRECTION_REQUIRED'] } },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      select: { id: true },
    });
    expect(all.length).toBeGreaterThanOrEqual(7);
    const pages = await walk((after) => listIntakeQueuePage(clerk, { after, take: 2 }, monday));
    expect(pages.slice(0, -1).every((p) => p.length === 2)).toBe(true);
    expect(pages.flat().map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect(pages.flat().map((r) => r.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    // The page's default size, and the one long list the queue was before.
    expect((await listIntakeQueuePage(clerk, {}, monday)).rows.map((r) => r.id)).toEqual(all.slice(0, 20).map((r) => r.id));
    expect((await listIntakeQueue(clerk, monday)).map((r) => r.id)).toEqual(all.slice(0, 200).map((r) => r.id));
  });

  it("pages the applicant's own applications newest first and shows no one else's", async () => {
    const [zhangsan, qiye] = await Promise.all([actorOf('zhangsan'), actorOf('qiye')]);
    for (let i = 0; i < 5; i++) await submitOnline(zhangsan, '普通护照签发', new Date(monday.getTime() + i * 60_000));
    await submitOnline(qiye, '普通护照签发', monday);

    const mine = await db.application.findMany({
      where: { applicantId: zhangsan.id, status: { not: 'DRAFT' } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { id: true },
    });
    const pages = await walk((after) => listMyApplicationsPage(zhangsan, { after, take: 2 }));
    expect(pages.length).toBe(Math.ceil(mine.length / 2));
    expect(pages.flat().map((r) => r.id)).toEqual(mine.map((r) => r.id));
    expect((await listMyApplicationsPage(zhangsan)).rows.map((r) => r.id)).toEqual(mine.slice(0, 20).map((r) => r.id));
    expect((await listMyApplications(zhangsan)).map((r) => r.id)).toEqual(mine.slice(0, 100).map((r) => r.id));
  });

  it('treats a malformed cursor as the first page', async () => {
    const clerk = await actorOf('clerk');
    const first = await listIntakeQueuePage(clerk, { take: 3 }, monday);
    expect((await listIntakeQueuePage(clerk, { after: 'not-a-cursor', take: 3 }, monday)).rows).toEqual(first.rows);
  });
});

describe('keyset paging of a department inbox', () => {
  it('pages open tasks by due date and done ones by decision, every task once', async () => {
    const { listDepartmentTasks, listDepartmentTasksPage } = await import('@/lib/routing/list-department-tasks');
    const [applicant, clerk, reviewer] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('reviewer.ga')]);
    const { acceptApplication } = await import('@/lib/intake/accept-application');
    for (let i = 0; i < 5; i++) {
      const { id } = await submitOnline(applicant, '普通护照签发', new Date(monday.getTime() + i * 60_000));
      await acceptApplication(clerk, id, new Date(monday.getTime() + i * 60_000));
    }
    for (const status of ['OPEN', 'DONE'] as const) {
      const done = status === 'DONE';
      const all = await db.departmentTask.findMany({
        where: { departmentId: reviewer.departmentId!, status: done ? { in: ['APPROVED', 'DENIED', 'CANCELLED'] } : 'OPEN' },
        orderBy: done ? [{ decidedAt: 'desc' }, { id: 'desc' }] : [{ dueAt: 'asc' }, { id: 'asc' }],
        select: { id: true },
      });
      const pages = await walk((after) => listDepartmentTasksPage(reviewer, { status }, { after, take: 2 }, monday));
      expect(pages.flat().map((r) => r.id)).toEqual(all.map((r) => r.id));
      if (!done) expect(all.length).toBeGreaterThanOrEqual(5);
    }
    expect((await listDepartmentTasks(reviewer, {}, monday)).length).toBeGreaterThanOrEqual(5);
  });
});

describe('keyset paging of the results to hand over and of the ratings', () => {
  /** Five of zhangsan's cases accepted, the last two decided at the same instant (the id breaks the tie). */
  async function decidedCases() {
    const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
    const { acceptApplication } = await import('@/lib/intake/accept-application');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const at = new Date(monday.getTime() + i * 60_000);
      const { id } = await submitOnline(applicant, '普通护照签发', at);
      await acceptApplication(clerk, id, at);
      ids.push(id);
    }
    for (const [i, id] of ids.entries()) {
      await db.application.update({
        where: { id },
        data: { status: 'DECIDED', decision: 'APPROVED', decidedAt: new Date(monday.getTime() + Math.min(i, 3) * 3_600_000) },
      });
    }
    return { applicant, clerk, ids };
  }

  it('pages the results to hand over oldest decision first, every case once, and finds one by its receipt number', async () => {
    const { listResultsToDeliverPage } = await import('@/lib/results/list-results-to-deliver');
    const { clerk, ids } = await decidedCases();
    const all = await db.application.findMany({ where: { status: 'DECIDED' }, orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }], select: { id: true } });
    expect(all.length).toBeGreaterThanOrEqual(5);
    const pages = await walk((after) => listResultsToDeliverPage(clerk, { after, take: 2 }));
    expect(pages.slice(0, -1).every((p) => p.length === 2)).toBe(true);
    expect(pages.flat().map((r) => r.id)).toEqual(all.map((r) => r.id));
    const { receiptNumber } = await db.application.findUniqueOrThrow({ where: { id: ids[2]! }, select: { receiptNumber: true } });
    expect((await listResultsToDeliverPage(clerk, { q: receiptNumber! })).rows.map((r) => r.id)).toEqual([ids[2]]);
    expect((await listResultsToDeliverPage(clerk, { q: '不存在的人' })).rows).toEqual([]);
    // The receipt number of a case whose result is not waiting names nothing to hand over.
    await db.application.update({ where: { id: ids[2]! }, data: { status: 'DELIVERED' } });
    expect((await listResultsToDeliverPage(clerk, { q: receiptNumber! })).rows).toEqual([]);
  });

  it("pages the applicant's ratings newest case first, each case's occasions together, no one else's", async () => {
    const { listMyRatingsPage } = await import('@/lib/evaluation/list-my-ratings');
    const { applicant } = await decidedCases();
    await submitOnline(await actorOf('qiye'), '普通护照签发', monday);
    const cases = await db.application.findMany({
      where: { applicantId: applicant.id, status: { not: 'DRAFT' }, acceptedAt: { not: null } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { id: true, decidedAt: true },
    });
    const pages = await walk((after) => listMyRatingsPage(applicant, { after, take: 2 }));
    expect(pages.length).toBe(Math.ceil(cases.length / 2));
    // Intake for every accepted case, conclusion for the decided ones, in the cases' order.
    expect(pages.flat().map((r) => `${r.applicationId} ${r.occasion}`)).toEqual(
      cases.flatMap((c) => [`${c.id} INTAKE`, ...(c.decidedAt ? [`${c.id} CONCLUSION`] : [])]),
    );
  });
});

describe('keyset paging of the public disclosure', () => {
  it('merges the disclosed items newest decision first, every result once, and none of an item not disclosed', async () => {
    const { listDisclosedResults } = await import('@/lib/results/list-disclosed-results');
    const applicant = await actorOf('qiye');
    const items = ['旅馆业特种行业许可证核发', '公司设立登记', '普通护照签发'];
    for (let i = 0; i < 9; i++) {
      const { id } = await submitOnline(applicant, items[i % 3]!, new Date(monday.getTime() + i * 60_000));
      // Two pairs decided at the same instant, across items: the id breaks the tie.
      await db.application.update({
        where: { id },
        data: { status: 'DELIVERED', decision: 'APPROVED', decidedAt: new Date(monday.getTime() + Math.floor(i / 2) * 3_600_000) },
      });
    }
    const disclosed = await db.application.findMany({
      where: { status: { in: ['DECIDED', 'DELIVERED'] }, decision: { not: null }, decidedAt: { not: null }, version: { disclose: true } },
      orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }],
      select: { id: true, version: { select: { name: true } } },
    });
    expect(new Set(disclosed.map((a) => a.version.name))).toEqual(new Set(items.slice(0, 2)));
    const pages = await walk(async (after) => {
      const { results, next } = await listDisclosedResults({ after }, 2);
      return { rows: results, next };
    });
    expect(pages.slice(0, -1).every((p) => p.length === 2)).toBe(true);
    expect(pages.flat().map((r) => r.id)).toEqual(disclosed.map((a) => a.id));
  });
});

describe('keyset paging of complaints and rectifications: every open one, the closed ones a page at a time', () => {
  it('pages answered complaints latest answer first, after every open one, and only the complainant’s own', async () => {
    const { listComplaintsPage } = await import('@/lib/complaints/list-complaints');
    const [zhangsan, qiye, supervisor] = await Promise.all([actorOf('zhangsan'), actorOf('qiye'), actorOf('supervisor')]);
    const window = await db.window.findFirstOrThrow({ select: { id: true } });
    const complaint = (complainantId: string, i: number, answered: boolean) =>
      db.complaint.create({
        data: {
          complainantId,
          target: 'WINDOW',
          windowId: window.id,
          content: `排队太久 ${i}`,
          dueAt: new Date(monday.getTime() + i * 86_400_000),
          ...(answered ? { status: 'ANSWERED', answer: '已整改', answeredAt: new Date(monday.getTime() + Math.min(i, 3) * 3_600_000) } : {}),
        },
      });
    for (let i = 0; i < 5; i++) await complaint(zhangsan.id, i, true);
    const open = [await complaint(zhangsan.id, 7, false), await complaint(qiye.id, 6, false)];

    const answered = await db.complaint.findMany({ where: { status: 'ANSWERED' }, orderBy: [{ answeredAt: 'desc' }, { id: 'desc' }], select: { id: true } });
    const pages = await walk(async (after) => {
      const page = await listComplaintsPage(supervisor, { after, take: 2 });
      expect(page.open.map((c) => c.id)).toEqual([open[1]!.id, open[0]!.id]);
      return { rows: page.answered, next: page.next };
    });
    expect(pages.slice(0, -1).every((p) => p.length === 2)).toBe(true);
    expect(pages.flat().map((c) => c.id)).toEqual(answered.map((c) => c.id));
    const mine = await listComplaintsPage(qiye, {});
    expect([...mine.open, ...mine.answered].map((c) => c.id)).toEqual([open[1]!.id]);
  });

  it('pages closed rectifications latest closed first, after every open one, a department only its own', async () => {
    const { listRectificationsPage } = await import('@/lib/evaluation/list-rectifications');
    const [applicant, supervisor, police] = await Promise.all([actorOf('zhangsan'), actorOf('supervisor'), actorOf('reviewer.ga')]);
    const other = await db.department.findFirstOrThrow({ where: { id: { not: police.departmentId! } }, select: { id: true } });
    const made: { id: string; closed: boolean; departmentId: string }[] = [];
    for (let i = 0; i < 6; i++) {
      const { id: applicationId } = await submitOnline(applicant, '普通护照签发', new Date(monday.getTime() + i * 60_000));
      const closed = i < 4;
      const departmentId = i === 5 ? other.id : police.departmentId!;
      const { id } = await db.rectification.create({
        data: {
          department: { connect: { id: departmentId } },
          dueAt: new Date(monday.getTime() + i * 86_400_000),
          ...(closed ? { status: 'DONE', outcome: '已整改', closedAt: new Date(monday.getTime() + Math.min(i, 2) * 3_600_000) } : {}),
          evaluation: {
            create: { applicationId, occasion: 'INTAKE' as const, raterId: applicant.id, channel: 'ONLINE' as const, overall: 1, scores: { overall: 1 } },
          },
        },
      });
      made.push({ id, closed, departmentId });
    }
    const closed = await db.rectification.findMany({
      where: { closedAt: { not: null } },
      orderBy: [{ closedAt: 'desc' }, { id: 'desc' }],
      select: { id: true },
    });
    const pages = await walk(async (after) => {
      const page = await listRectificationsPage(supervisor, { after, take: 2 });
      expect(page.open.map((r) => r.id)).toEqual(made.filter((r) => !r.closed).map((r) => r.id));
      return { rows: page.closed, next: page.next };
    });
    expect(pages.flat().map((r) => r.id)).toEqual(closed.map((r) => r.id));
    const theirs = await listRectificationsPage(police, { take: 50 });
    expect([...theirs.open, ...theirs.closed].every((r) => made.find((m) => m.id === r.id)?.departmentId !== other.id)).toBe(true);
    expect(theirs.open.map((r) => r.id)).toEqual([made[4]!.id]);
  });
});
