import { describe, expect, it } from 'vitest';
import { visibleApplications, visibleApplicationsSql } from '@/lib/applications/access';
import { getApplication } from '@/lib/applications/get-application';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { actorOf, submitOnline } from '../support/factories';
import { monday } from '../support/instants';

/** A joint case accepted at the window: its later stages' steps wait, never opened, so their departments may not see it yet. */
async function caseWithWaitingSteps() {
  const [applicant, clerk] = await Promise.all([actorOf('qiye'), actorOf('clerk')]);
  const { id } = await submitOnline(applicant, '企业开办“一件事”（集成办理）', monday);
  await acceptApplication(clerk, id, monday);
  const waiting = await db.departmentTask.findFirstOrThrow({
    where: { applicationId: id, openedAt: null, department: { tasks: { none: { applicationId: id, openedAt: { not: null } } } } },
    select: { applicationId: true, departmentId: true },
  });
  return waiting;
}

// The case pages read a case in one $queryRaw (get-application.ts) with the SQL form of the
// access rule; the rest of the app filters with the Prisma form. Both must let through the same cases.
describe('who may see which case, in SQL as in Prisma', () => {
  it('lets every account see the same cases both ways, drafts and never-opened steps included', async () => {
    // A department whose only step on a case still waits, a case at the window, and a draft.
    const waiting = await caseWithWaitingSteps();
    const zhangsan = await actorOf('zhangsan');
    await submitOnline(zhangsan, '普通护照签发', monday);
    const draft = await submitOnline(zhangsan, '普通护照签发', monday);
    await db.application.update({ where: { id: draft.id }, data: { status: 'DRAFT' } });
    expect(
      await db.departmentTask.count({ where: { applicationId: waiting.applicationId, departmentId: waiting.departmentId, openedAt: { not: null } } }),
    ).toBe(0);

    const users = await db.user.findMany({ select: { id: true, name: true, role: true, departmentId: true, windowId: true } });
    const roles = new Set<string>();
    for (const actor of users) {
      const prisma = (await db.application.findMany({ where: visibleApplications(actor), select: { id: true } })).map((a) => a.id).sort();
      const sql = (await db.$queryRaw<{ id: string }[]>`SELECT a.id FROM "Application" a WHERE ${visibleApplicationsSql(actor)}`).map((a) => a.id).sort();
      expect(sql, `${actor.role} ${actor.name}`).toEqual(prisma);
      expect(sql).not.toContain(draft.id);
      if (sql.length > 0) roles.add(actor.role);
    }
    // Not trivially equal: applicants, departments, the window and supervision each see some cases; the admin none.
    expect([...roles]).toEqual(expect.arrayContaining(['APPLICANT', 'CLERK', 'REVIEWER', 'SUPERVISOR']));
    expect(roles.has('ADMIN')).toBe(false);
  });

  it('answers a case outside the rule as not found on the case page read', async () => {
    const waiting = await caseWithWaitingSteps();
    const reviewer = await db.user.findFirstOrThrow({
      where: { departmentId: waiting.departmentId, role: 'REVIEWER' },
      select: { id: true, name: true, role: true, departmentId: true, windowId: true },
    });
    const opened = await db.departmentTask.count({
      where: { applicationId: waiting.applicationId, departmentId: waiting.departmentId, openedAt: { not: null } },
    });
    expect(opened).toBe(0);
    await expect(getApplication(reviewer, waiting.applicationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const supervisor = await db.user.findFirstOrThrow({
      where: { role: 'SUPERVISOR' },
      select: { id: true, name: true, role: true, departmentId: true, windowId: true },
    });
    const seen = await getApplication(supervisor, waiting.applicationId);
    expect(seen.id).toBe(waiting.applicationId);
    expect(seen.timeline.every((e) => e.at instanceof Date)).toBe(true);
    expect(seen.tasks.every((t) => t.dueAt === null || t.dueAt instanceof Date)).toBe(true);
  });
});
