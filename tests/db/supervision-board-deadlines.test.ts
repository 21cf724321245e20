import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { decideExtension } from '@/lib/routing/decide-extension';
import { requestExtension } from '@/lib/routing/request-extension';
import { listSupervisionBoard } from '@/lib/supervision/list-supervision-board';
import { refreshWarnings } from '@/lib/supervision/refresh-warnings';
import { boardFilterSchema } from '@/lib/supervision/schemas';
import { actorOf, publishedVersion, submitOnline } from '../support/factories';

const at = (local: string) => new Date(`${local}+08:00`);
const monday = at('2026-11-23T10:00:00');

describe('the board against every due date in force', () => {
  it('counts an approved extension of a step in the case and the step, and is red when only the statutory date has passed', async () => {
    const [applicant, clerk, police, supervisor] = await Promise.all(['zhangsan', 'clerk', 'reviewer.ga', 'supervisor'].map(actorOf));
    const head = await db.user.create({
      data: { username: 'head.ga', name: '公安局负责人', passwordHash: 'not-a-login', role: 'DEPT_HEAD', departmentId: police.departmentId },
      select: { id: true, name: true, role: true, departmentId: true, windowId: true },
    });
    const board = (filter: Record<string, string>, now: Date) => listSupervisionBoard(supervisor, boardFilterSchema.parse(filter), now);

    // Passport: 7 working days promised. Accepted Monday 23rd, due Wednesday 2 December; +3 days: Monday 7th.
    const extended = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, extended.id, monday);
    const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: extended.id, status: 'OPEN' } });
    const extension = await requestExtension(police, { taskId: task.id, days: 3, reason: '需核查出入境记录' }, monday);
    await decideExtension(head, { extensionId: extension.id, outcome: 'APPROVED' }, monday);

    // Thursday 3rd: without the extension the case would be red; with it, 2.5 days of 10 are left: green.
    const thursday = at('2026-12-03T10:00:00');
    await refreshWarnings(thursday);
    const cases = await board({}, thursday);
    expect(cases.rows.map((r) => [r.id, r.warning])).toEqual([[extended.id, 'GREEN']]);
    expect(cases.rows[0].dueAt.toISOString()).toBe('2026-12-07T09:00:00.000Z');
    expect((await board({ level: 'RED' }, thursday)).rows).toEqual([]);
    const steps = await board({ kind: 'step' }, thursday);
    expect(steps.rows.map((r) => [r.id, r.warning])).toEqual([[task.id, 'GREEN']]);

    // A promise above the statutory limit (a defect the quality report names): the law's date passes first.
    const version = await publishedVersion('普通护照签发');
    await db.serviceItemVersion.update({ where: { id: version.id }, data: { statutoryLimitDays: 5 } });
    const lawFirst = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, lawFirst.id, monday);
    // Tuesday 1 December: statutory date (Monday 30th) passed, promised one (Wednesday 2nd) not yet.
    const tuesday = at('2026-12-01T10:00:00');
    const red = await board({ level: 'RED' }, tuesday);
    expect(red.rows.map((r) => [r.id, r.warning])).toEqual([[lawFirst.id, 'RED']]);
    expect(red.rows[0].remainingDays).toBeLessThan(0);
    expect((await board({ level: 'GREEN' }, tuesday)).rows.map((r) => r.id)).toEqual([extended.id]);
  });
});
