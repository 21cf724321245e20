// The demo cases of `npm start` (prisma/demo-cases.ts), on top of the demo data
// that tests/support/db-setup.ts seeds before each test.
import { describe, expect, it } from 'vitest';
import { listMyApplications } from '@/lib/applications/list-my-applications';
import { db } from '@/lib/db';
import { readStoredFile } from '@/lib/files/read-stored-file';
import { listDepartmentTasks } from '@/lib/routing/list-department-tasks';
import { listSupervisionBoard } from '@/lib/supervision/list-supervision-board';
import { boardFilterSchema } from '@/lib/supervision/schemas';
import { seedDemoCases } from '../../prisma/demo-cases';
import { actorOf } from '../support/factories';

async function rowCounts() {
  return {
    application: await db.application.count(),
    auditEvent: await db.auditEvent.count(),
    user: await db.user.count(),
    storedFile: await db.storedFile.count(),
    evaluation: await db.evaluation.count(),
    notification: await db.notification.count(),
    statDaily: await db.statDaily.count(),
  };
}

describe('seedDemoCases', () => {
  it('fills every desk with back-dated cases, and a second run adds nothing', async () => {
    const now = new Date();
    const first = await seedDemoCases(db, now);
    expect(first.created).toBe(true);
    expect(first.cases).toBeGreaterThanOrEqual(25);

    // Cases in each main status.
    const statuses = new Set((await db.application.findMany({ select: { status: true } })).map((a) => a.status));
    for (const status of ['SUBMITTED', 'CORRECTION_REQUIRED', 'REJECTED', 'ACCEPTED', 'IN_REVIEW', 'SUSPENDED', 'DECIDED', 'DELIVERED'] as const) {
      expect(statuses, status).toContain(status);
    }
    expect(new Set((await db.application.findMany({ select: { versionId: true } })).map((a) => a.versionId)).size).toBeGreaterThanOrEqual(8);

    // The history lies in the past, spread over weeks, and no audit event kept the time of seeding.
    const firstEvent = await db.auditEvent.findFirstOrThrow({ where: { applicationId: { not: null } }, orderBy: { at: 'asc' } });
    expect(now.getTime() - firstEvent.at.getTime()).toBeGreaterThan(28 * 86_400_000);
    expect(await db.auditEvent.count({ where: { at: { gt: now } } })).toBe(0);

    // The supervisor's board has red, yellow and green cases.
    const supervisor = await actorOf('supervisor');
    const board = await listSupervisionBoard(supervisor, boardFilterSchema.parse({}), now);
    const colours = board.rows.map((r) => r.warning);
    expect(colours.filter((w) => w === 'RED').length).toBeGreaterThanOrEqual(2);
    expect(colours.filter((w) => w === 'YELLOW').length).toBeGreaterThanOrEqual(2);
    expect(colours).toContain('GREEN');
    // ... and the stored colours agree, as the warning job left them.
    expect(await db.application.count({ where: { warning: 'RED', status: 'IN_REVIEW' } })).toBeGreaterThanOrEqual(2);

    // The reviewers of both county departments have work in their inbox.
    const [scj, ga] = await Promise.all([actorOf('reviewer.scj'), actorOf('reviewer.ga')]);
    expect((await listDepartmentTasks(scj, {}, now)).length).toBeGreaterThan(0);
    expect((await listDepartmentTasks(ga, {}, now)).length).toBeGreaterThan(0);
    // A joint case with several departments in parallel, and an escalated one at the city.
    const parallel = await db.departmentTask.groupBy({
      by: ['applicationId', 'stageSort'],
      where: { status: { in: ['OPEN', 'APPROVED'] }, stageSort: 2 },
      _count: true,
    });
    expect(parallel.some((g) => g._count >= 2)).toBe(true);
    expect(
      await db.departmentTask.count({
        where: { status: 'OPEN', department: { region: { level: 'CITY' } }, application: { version: { handlingClass: 'ESCALATED' } } },
      }),
    ).toBe(2);
    // reviewer.city, presented for escalated items, has one to decide: 食品生产许可 checked by the county (issue 13 point 10).
    const city = await actorOf('reviewer.city');
    expect((await listDepartmentTasks(city, {}, now)).length).toBe(1);
    expect(
      await db.departmentTask.findFirstOrThrow({
        where: { status: 'OPEN', departmentId: city.departmentId! },
        select: { stageName: true, application: { select: { version: { select: { name: true, handlingClass: true } }, deliveryChoice: true } } },
      }),
    ).toEqual({ stageName: '上级审批', application: { version: { name: '食品生产许可（新办）', handlingClass: 'ESCALATED' }, deliveryChoice: 'POST' } });
    expect(await db.extension.count({ where: { status: 'APPROVED' } })).toBe(1);
    expect(await db.suspension.count({ where: { kind: 'TESTING', endedAt: null } })).toBe(1);

    // Results, ratings, a rectification of the bad one, a complaint, statistics.
    expect(await db.certificate.count({ where: { applicationId: { not: null } } })).toBeGreaterThan(0);
    expect(await db.application.count({ where: { decision: 'DENIED' } })).toBe(1);
    expect(await db.rectification.count()).toBe(1);
    expect(await db.complaint.count()).toBe(1);
    // 一件事: one partly concluded (license issued, food license opened after it), members waiting on a dependency, one awaiting intake.
    expect(await db.bundleCase.count({ where: { status: 'IN_PROGRESS' } })).toBe(2);
    expect(await db.bundleCase.count({ where: { status: 'SUBMITTED' } })).toBe(1);
    expect(await db.application.count({ where: { bundleCase: { status: 'IN_PROGRESS' }, status: 'SUBMITTED' } })).toBeGreaterThan(0);
    expect(await db.application.count({ where: { bundleCase: { status: 'IN_PROGRESS' }, status: 'DECIDED' } })).toBe(1);
    expect(await db.statDaily.count()).toBeGreaterThan(0);

    // 张三 sees his own cases, and only those.
    const zhangsan = await actorOf('zhangsan');
    const mine = await listMyApplications(zhangsan);
    expect(mine.length).toBe(await db.application.count({ where: { applicantId: zhangsan.id } }));
    expect(mine.length).toBeGreaterThanOrEqual(5);
    const ids = mine.map((a) => a.id);
    expect(await db.application.count({ where: { id: { in: ids }, applicantId: { not: zhangsan.id } } })).toBe(0);
    expect(await db.application.count({ where: { applicant: { username: 'qiye' } } })).toBeGreaterThanOrEqual(5);

    // The uploaded materials are real PDF files the window can open.
    const file = await db.storedFile.findFirstOrThrow({ where: { material: { application: { applicantId: zhangsan.id } } }, select: { id: true } });
    const clerk = await actorOf('clerk');
    const stored = await readStoredFile(clerk, file.id);
    expect(new TextDecoder().decode(stored.bytes.slice(0, 8))).toBe('%PDF-1.4');

    // Running it again changes nothing.
    const before = await rowCounts();
    expect(await seedDemoCases(db, now)).toEqual({ created: false, cases: 0 });
    expect(await rowCounts()).toEqual(before);
  }, 240_000);
});
