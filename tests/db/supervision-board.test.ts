import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
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
    expect((await listSupervisionBoard(supervisor, boardFilterSchema.parse({ itemId: version.itemId, handlingClass: version.handlingClass }), now)).rows).toHaveLength(3);
    expect((await listSupervisionBoard(supervisor, boardFilterSchema.parse({ from: '2026-11-24', to: '2026-11-24' }), now)).rows.map((r) => r.id)).toEqual([ids[1]]);

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
});
