import { describe, expect, it } from 'vitest';
import { loadClock } from '@/lib/clock/clock-settings';
import { endSuspension } from '@/lib/routing/end-suspension';
import { listDepartmentTasks } from '@/lib/routing/list-department-tasks';
import { startSuspension } from '@/lib/routing/start-suspension';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { listSupervisionBoard } from '@/lib/supervision/list-supervision-board';
import { boardFilterSchema } from '@/lib/supervision/schemas';
import { actorOf, submitOnline } from '../support/factories';

const at = (local: string) => new Date(`${local}+08:00`);
const iso = (d: Date | null | undefined) => d?.toISOString();
// Monday 2026-11-23 10:00: a plain working fortnight follows.
const monday = at('2026-11-23T10:00:00');

async function passportCase() {
  const [applicant, clerk, police, supervisor] = await Promise.all(['zhangsan', 'clerk', 'reviewer.ga', 'supervisor'].map(actorOf));
  const { id } = await submitOnline(applicant, '普通护照签发', monday);
  await acceptApplication(clerk, id, monday);
  const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id, status: 'OPEN' } });
  return { id, task, police, supervisor };
}

describe('the review inbox colours a step as the board does', () => {
  it('yellow on its last day, red once overdue, green before: the board rule, not its own', async () => {
    const { task, police, supervisor } = await passportCase();
    const due = task.dueAt!;
    const levels = async (now: Date) => {
      const inbox = (await listDepartmentTasks(police, {}, now)).find((t) => t.id === task.id)!;
      const board = (await listSupervisionBoard(supervisor, boardFilterSchema.parse({ kind: 'step' }), now)).rows.find((r) => r.id === task.id)!;
      return [inbox.warning, board.warning];
    };
    expect(await levels(at('2026-11-24T09:00:00'))).toEqual(['GREEN', 'GREEN']);
    // Two hours before the step's due date: less than a working day left.
    expect(await levels(new Date(due.getTime() - 2 * 3_600_000))).toEqual(['YELLOW', 'YELLOW']);
    expect(await levels(new Date(due.getTime() + 60_000))).toEqual(['RED', 'RED']);
    // The "due soon" view is the yellow one; "overdue" the red one.
    const view = async (status: 'DUE_SOON' | 'OVERDUE', now: Date) => (await listDepartmentTasks(police, { status }, now)).map((t) => t.id);
    expect(await view('DUE_SOON', at('2026-11-24T09:00:00'))).not.toContain(task.id);
    expect(await view('DUE_SOON', new Date(due.getTime() - 2 * 3_600_000))).toContain(task.id);
    expect(await view('OVERDUE', new Date(due.getTime() - 2 * 3_600_000))).not.toContain(task.id);
    expect(await view('OVERDUE', new Date(due.getTime() + 60_000))).toContain(task.id);
  });
});

describe('a stopped clock stands still', () => {
  it('shows since when, the working days left when it resumes and the due date if it ends as expected, on the board and in the inbox', async () => {
    const { id, task, police, supervisor } = await passportCase();
    // Promised 7 working days: Wednesday 2 December 17:00. Inspection from Tuesday 10:00, expected to end Thursday 10:00.
    const s = await startSuspension(
      police,
      { taskId: task.id, kind: 'INSPECTION', reason: '核查户籍信息', expectedEndAt: at('2026-11-26T10:00:00') },
      at('2026-11-24T10:00:00'),
    );

    // Days go by under the suspension: what is left stays what it was at the stop.
    for (const now of [at('2026-11-24T16:00:00'), at('2026-11-25T16:00:00'), at('2026-11-26T09:00:00')]) {
      const row = (await listSupervisionBoard(supervisor, boardFilterSchema.parse({ kind: 'case' }), now)).rows.find((r) => r.id === id)!;
      expect(row.stopped).toEqual({
        since: at('2026-11-24T10:00:00'),
        expectedEndAt: at('2026-11-26T10:00:00'),
        // Tuesday to Wednesday 2 December: all seven days were still to run when the clock stopped.
        daysLeft: 7,
        dueIfEndsAsExpected: at('2026-12-04T17:00:00'),
      });
      const inbox = (await listDepartmentTasks(police, {}, now)).find((t) => t.id === task.id)!;
      expect(inbox.stopped?.since).toEqual(at('2026-11-24T10:00:00'));
      const stepRow = (await listSupervisionBoard(supervisor, boardFilterSchema.parse({ kind: 'step' }), now)).rows.find((r) => r.id === task.id)!;
      expect(stepRow.stopped).toEqual(inbox.stopped);
      // The step's own countdown at the stop, unchanged while it stands.
      const { calendar, hours } = await loadClock();
      const { remainingWorkingDays } = await import('@/lib/clock/due-date');
      expect(inbox.stopped?.daysLeft).toBe(remainingWorkingDays({ now: at('2026-11-24T10:00:00'), due: task.dueAt!, calendar, hours }));
    }

    // It ends as expected: the due date is the one announced.
    await endSuspension(police, { suspensionId: s.id }, at('2026-11-26T10:00:00'));
    expect(iso((await db.application.findUniqueOrThrow({ where: { id } })).promisedDueAt)).toBe(iso(at('2026-12-04T17:00:00')));
    const after = (await listSupervisionBoard(supervisor, boardFilterSchema.parse({ kind: 'case' }), at('2026-11-26T11:00:00'))).rows.find((r) => r.id === id)!;
    expect(after.stopped).toBeNull();

    // A second pause counts the first one ended: the due date it announces is the one its end stores.
    const second = await startSuspension(
      police,
      { taskId: task.id, kind: 'HEARING', reason: '依申请举行听证', expectedEndAt: at('2026-11-30T10:00:00') },
      at('2026-11-27T10:00:00'),
    );
    const now = at('2026-11-27T15:00:00');
    const row = (await listSupervisionBoard(supervisor, boardFilterSchema.parse({ kind: 'case' }), now)).rows.find((r) => r.id === id)!;
    expect(row.stopped?.since).toEqual(at('2026-11-27T10:00:00'));
    const inbox = (await listDepartmentTasks(police, {}, now)).find((t) => t.id === task.id)!;
    expect(inbox.stopped?.expectedEndAt).toEqual(at('2026-11-30T10:00:00'));
    await endSuspension(police, { suspensionId: second.id }, at('2026-11-30T10:00:00'));
    const stored = await db.application.findUniqueOrThrow({ where: { id }, select: { promisedDueAt: true } });
    expect(iso(stored.promisedDueAt)).toBe(iso(row.stopped!.dueIfEndsAsExpected));
    const step = await db.departmentTask.findUniqueOrThrow({ where: { id: task.id }, select: { dueAt: true } });
    expect(iso(step.dueAt)).toBe(iso(inbox.stopped!.dueIfEndsAsExpected));
  });
});
