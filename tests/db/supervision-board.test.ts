import { describe, expect, it } from 'vitest';
import { fileComplaint } from '@/lib/complaints/file-complaint';
import { answerComplaint } from '@/lib/complaints/answer-complaint';
import { db } from '@/lib/db';
import { listRectifications } from '@/lib/evaluation/list-rectifications';
import { rateService } from '@/lib/evaluation/rate-service';
import { updateRectification } from '@/lib/evaluation/update-rectification';
import { acceptApplication } from '@/lib/intake/accept-application';
import { decideTask } from '@/lib/routing/decide-task';
import { countOverdueFollowUps } from '@/lib/supervision/count-overdue-follow-ups';
import { getCaseClock } from '@/lib/supervision/get-case-clock';
import { listSupervisionBoard } from '@/lib/supervision/list-supervision-board';
import { refreshWarnings } from '@/lib/supervision/refresh-warnings';
import { boardFilterSchema } from '@/lib/supervision/schemas';
import { actorOf, submitOnline } from '../support/factories';

const at = (local: string) => new Date(`${local}+08:00`);

describe('the supervision board', () => {
  it('lists the least time left first, filters by level, department and item, and pages by keyset', async () => {
    const [applicant, clerk, supervisor, police] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('supervisor'), actorOf('reviewer.ga')]);
    // Accepted on three successive days: due dates in that order.
    const ids: string[] = [];
    for (const day of ['2026-11-23', '2026-11-24', '2026-11-25']) {
      const { id } = await submitOnline(applicant, '普通护照签发', at(`${day}T10:00:00`));
      await acceptApplication(clerk, id, at(`${day}T10:00:00`));
      ids.push(id);
    }
    // Thursday 3 Dec 10:00: the first (due Wed 2nd) is red, the second (due Thu 3rd, 1 day left) yellow,
    // the third (due Fri 4th, 2 days left > max(1, 20 % of 7)) green.
    const now = at('2026-12-03T10:00:00');
    await refreshWarnings(now);
    const all = await listSupervisionBoard(supervisor, boardFilterSchema.parse({}), now);
    expect(all.rows.map((r) => [r.id, r.warning])).toEqual([
      [ids[0], 'RED'],
      [ids[1], 'YELLOW'],
      [ids[2], 'GREEN'],
    ]);
    const warned = await listSupervisionBoard(supervisor, boardFilterSchema.parse({ level: 'WARNED' }), now);
    expect(warned.rows.map((r) => r.id)).toEqual([ids[0], ids[1]]);
    const red = await listSupervisionBoard(supervisor, boardFilterSchema.parse({ level: 'RED', departmentId: police.departmentId }), now);
    expect(red.rows.map((r) => r.id)).toEqual([ids[0]]);
    const otherDepartment = await db.department.findFirstOrThrow({ where: { id: { not: police.departmentId! }, tasks: { none: {} } } });
    expect((await listSupervisionBoard(supervisor, boardFilterSchema.parse({ departmentId: otherDepartment.id }), now)).rows).toEqual([]);
    const version = await db.serviceItemVersion.findFirstOrThrow({ where: { applications: { some: { id: ids[0] } } } });
    expect(
      (await listSupervisionBoard(supervisor, boardFilterSchema.parse({ itemId: version.itemId, handlingClass: version.handlingClass }), now)).rows,
    ).toHaveLength(3);
    expect((await listSupervisionBoard(supervisor, boardFilterSchema.parse({ from: '2026-11-24', to: '2026-11-24' }), now)).rows.map((r) => r.id)).toEqual([
      ids[1],
    ]);

    // Keyset: after the first row's (dueAt, id), the other two.
    const cursor = `${all.rows[0].dueAt.toISOString()}_${all.rows[0].id}`;
    expect((await listSupervisionBoard(supervisor, boardFilterSchema.parse({ after: cursor }), now)).rows.map((r) => r.id)).toEqual([ids[1], ids[2]]);

    const steps = await listSupervisionBoard(supervisor, boardFilterSchema.parse({ kind: 'step', level: 'WARNED' }), now);
    expect(steps.rows.length).toBeGreaterThanOrEqual(1);
    expect(steps.rows.every((r) => ids.includes(r.applicationId))).toBe(true);

    await expect(listSupervisionBoard(police, boardFilterSchema.parse({}), now)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const clock = await getCaseClock(supervisor, ids[0], now);
    expect(clock.steps[0].warning).toBe('RED');
    expect(clock.remainingDays).toBeLessThan(0);
    expect(clock.audit.map((e) => e.action)).toEqual(expect.arrayContaining(['submit', 'accept']));
    await expect(getCaseClock(police, ids[0], now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('filters by window, for cases and steps, and shows the statutory due date beside the promised one', async () => {
    const [applicant, clerk, supervisor] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('supervisor')]);
    const ids: string[] = [];
    for (const day of ['2026-11-23', '2026-11-24']) {
      const { id } = await submitOnline(applicant, '普通护照签发', at(`${day}T10:00:00`));
      await acceptApplication(clerk, id, at(`${day}T10:00:00`));
      ids.push(id);
    }
    // The second case as if taken in at another window.
    const otherWindow = await db.window.findFirstOrThrow({ where: { id: { not: clerk.windowId! } }, orderBy: { code: 'asc' } });
    await db.application.update({ where: { id: ids[1] }, data: { windowId: otherWindow.id } });
    const now = at('2026-11-25T10:00:00');
    const board = (filter: Record<string, string>) => listSupervisionBoard(supervisor, boardFilterSchema.parse(filter), now);

    expect((await board({ windowId: clerk.windowId! })).rows.map((r) => r.id)).toEqual([ids[0]]);
    expect((await board({ windowId: otherWindow.id })).rows.map((r) => r.id)).toEqual([ids[1]]);
    expect((await board({ kind: 'step', windowId: otherWindow.id })).rows.map((r) => r.applicationId)).toEqual([ids[1]]);
    // Combined with another filter, and a window without cases.
    expect((await board({ windowId: otherWindow.id, from: '2026-11-23', to: '2026-11-23' })).rows).toEqual([]);
    const emptyWindow = await db.window.findFirstOrThrow({ where: { id: { notIn: [clerk.windowId!, otherWindow.id] } } });
    expect((await board({ windowId: emptyWindow.id })).rows).toEqual([]);

    // Both due dates of the first case: promised 7 working days (Wed 2 Dec), statutory 15 (Mon 14 Dec), 17:00.
    const [first] = (await board({ windowId: clerk.windowId! })).rows;
    expect(first).toMatchObject({
      dueAt: at('2026-12-02T17:00:00'),
      statutoryDueAt: at('2026-12-14T17:00:00'),
      itemName: expect.any(String),
      department: expect.any(String),
    });
  });

  /*
   * The follow-ups panel of the board: two bad ratings (rectifications due in 15
   * working days, Mon 14 Dec) and two complaints (due in 10, Mon 7 Dec), filed on
   * Monday 23 Nov. On Tue 15 Dec everything still open is overdue: one
   * rectification was completed, one complaint answered, and the other
   * rectification claimed 无效差评, which awaits review and is still overdue.
   */
  it('counts overdue rectifications, claims awaiting review and overdue complaints', async () => {
    const [applicant, clerk, police, supervisor] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('reviewer.ga'), actorOf('supervisor')]);
    const monday = at('2026-11-23T10:00:00');
    const bad = { overall: 1, efficiency: 2, guideAccuracy: 3, convenience: 2, easeOfUse: 2 };
    const rectifications: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { id } = await submitOnline(applicant, '普通护照签发', monday);
      await acceptApplication(clerk, id, monday);
      const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id, status: 'OPEN' } });
      await decideTask(police, { taskId: task.id, decision: 'APPROVED', opinion: '符合条件。' }, monday);
      rectifications.push((await rateService(applicant, { applicationId: id, occasion: 'CONCLUSION', scores: bad }, monday)).rectificationId!);
    }
    const complaints = [
      await fileComplaint(applicant, { target: 'STAFF', staffId: clerk.id, content: '窗口工作人员态度不好。' }, monday),
      await fileComplaint(applicant, { target: 'WINDOW', windowId: clerk.windowId!, content: '窗口排队时间太长。' }, monday),
    ];

    expect(await countOverdueFollowUps(supervisor, at('2026-12-07T16:00:00'))).toEqual({ overdueRectifications: 0, awaitingReview: 0, overdueComplaints: 0 });
    // Mon 7 Dec 17:00 has passed: both complaints are late, the rectifications not yet.
    expect(await countOverdueFollowUps(supervisor, at('2026-12-08T09:00:00'))).toEqual({ overdueRectifications: 0, awaitingReview: 0, overdueComplaints: 2 });

    const later = at('2026-12-15T10:00:00');
    await updateRectification(police, { rectificationId: rectifications[0]!, action: 'start' }, later);
    await updateRectification(
      police,
      { rectificationId: rectifications[0]!, action: 'complete', outcome: '优化了审查流程', callbackNote: '电话回访，申请人认可' },
      later,
    );
    await updateRectification(police, { rectificationId: rectifications[1]!, action: 'invalid', outcome: '评价内容与本办件无关' }, later);
    await answerComplaint(supervisor, { complaintId: complaints[0]!.id, answer: '已约谈窗口工作人员并整改。' }, later);
    const counts = await countOverdueFollowUps(supervisor, later);
    expect(counts).toEqual({ overdueRectifications: 1, awaitingReview: 1, overdueComplaints: 1 });
    // The same figures as the flags of the lists the panel links to.
    expect((await listRectifications(supervisor, later)).filter((r) => r.overdue).map((r) => r.id)).toEqual([rectifications[1]]);

    await expect(countOverdueFollowUps(police, later)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(countOverdueFollowUps(applicant, later)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
