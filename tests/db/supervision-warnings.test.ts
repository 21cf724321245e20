import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { addCalendarDay } from '@/lib/calendar-admin/add-calendar-day';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { deliverOutbox } from '@/lib/notify/deliver-outbox';
import { listNotifications } from '@/lib/notify/list-notifications';
import { claimTask } from '@/lib/routing/claim-task';
import { decideExtension } from '@/lib/routing/decide-extension';
import { requestExtension } from '@/lib/routing/request-extension';
import { refreshWarnings } from '@/lib/supervision/refresh-warnings';
import { getWarningThresholds } from '@/lib/supervision/get-warning-thresholds';
import { updateWarningThresholds } from '@/lib/supervision/update-warning-thresholds';
import { actorOf, publishedVersion, submitOnline } from '../support/factories';
import { monday } from '../support/instants';

// Monday 2026-11-23 10:00 in Shanghai: a plain working week.
const at = (local: string) => new Date(`${local}+08:00`);

/** One more staff member besides the demo accounts (the seed has one per role). */
async function staffMember(
  username: string,
  role: 'REVIEWER' | 'DEPT_HEAD' | 'CLERK',
  place: { departmentId?: string | null; windowId?: string | null },
): Promise<Actor> {
  return db.user.create({
    data: { username, name: username, passwordHash: 'not-a-login', role, departmentId: place.departmentId ?? null, windowId: place.windowId ?? null },
    select: { id: true, name: true, role: true, departmentId: true, windowId: true },
  });
}

/** Who was told which warning: [entity:id:level, recipient], sorted. */
async function whoWasTold(ids: string[]) {
  const told = await warningsAbout(ids);
  return told.map((m) => [m.dedupeKey!.split(':').slice(1, 4).join(':'), m.recipientId]).sort((a, b) => a.join().localeCompare(b.join()));
}
const sorted = (pairs: string[][]) => [...pairs].sort((a, b) => a.join().localeCompare(b.join()));

async function warningsAbout(ids: string[]) {
  return db.outboxMessage.findMany({
    where: { OR: ids.map((id) => ({ dedupeKey: { contains: `:${id}:` } })) },
    select: { recipientId: true, dedupeKey: true, subject: true },
    orderBy: { dedupeKey: 'asc' },
  });
}

describe('the warning job', () => {
  it('stores colours, tells the responsible staff once, and never twice', async () => {
    const [applicant, clerk, police, supervisor] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('reviewer.ga'), actorOf('supervisor')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);
    const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id, status: 'OPEN' } });

    await refreshWarnings(monday);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).warning).toBe('GREEN');
    expect(await warningsAbout([id, task.id])).toEqual([]);

    // A week after the promised due date (Wed 2 Dec): the case and its step are red.
    const late = at('2026-12-09T10:00:00');
    expect(await refreshWarnings(late)).toBeGreaterThanOrEqual(2);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).warning).toBe('RED');
    expect((await db.departmentTask.findUniqueOrThrow({ where: { id: task.id } })).warning).toBe('RED');
    const told = await warningsAbout([id, task.id]);
    // The police reviewers hear of their red step, and with the supervisor of the red case.
    expect(
      told
        .filter((m) => m.dedupeKey!.startsWith(`warn:case:${id}:RED:`))
        .map((m) => m.recipientId)
        .sort(),
    ).toEqual([police.id, supervisor.id].sort());
    expect(told.filter((m) => m.dedupeKey!.startsWith(`warn:task:${task.id}:RED:`)).map((m) => m.recipientId)).toEqual([police.id]);

    // A second run, and a run after a "restart" with the colours reset, add nothing.
    expect(await refreshWarnings(late)).toBe(0);
    await db.application.update({ where: { id }, data: { warning: 'GREEN' } });
    await db.departmentTask.update({ where: { id: task.id }, data: { warning: 'GREEN' } });
    await refreshWarnings(late);
    expect(await warningsAbout([id, task.id])).toEqual(told);
  });

  it('turns a case yellow near its due date and green again when a holiday moves the due date', async () => {
    const [applicant, clerk, admin, police, supervisor] = await Promise.all([
      actorOf('zhangsan'),
      actorOf('clerk'),
      actorOf('admin'),
      actorOf('reviewer.ga'),
      actorOf('supervisor'),
    ]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);
    // Wednesday 2 December 10:00, the last day of the 7-day promise: 1 day left <= max(1, 20 % of 7).
    const lastDay = at('2026-12-02T10:00:00');
    await refreshWarnings(lastDay);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).warning).toBe('YELLOW');

    // Tuesday 1 December declared a holiday: the due date moves to Thursday, two days remain.
    await addCalendarDay(admin, { date: '2026-12-01', kind: 'holiday', name: '临时休假' }, lastDay);
    const moved = await db.application.findUniqueOrThrow({ where: { id } });
    expect(moved.promisedDueAt?.toISOString()).toBe('2026-12-03T09:00:00.000Z');
    await refreshWarnings(lastDay);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).warning).toBe('GREEN');

    // Friday after the new due date it is red: the reviewer and the supervisor are told against the new due date.
    await refreshWarnings(at('2026-12-04T10:00:00'));
    const told = await warningsAbout([id]);
    expect(told.map((m) => [m.dedupeKey!.split(':').slice(0, 4).join(':'), m.recipientId])).toEqual(
      expect.arrayContaining([
        [`warn:case:${id}:YELLOW`, police.id],
        [`warn:case:${id}:RED`, police.id],
        [`warn:case:${id}:RED`, supervisor.id],
      ]),
    );
    expect(told).toHaveLength(3);
    expect(told.filter((m) => m.dedupeKey!.includes(':RED:')).every((m) => m.dedupeKey!.includes('2026-12-03T09:00:00.000Z'))).toBe(true);
  });

  it('warns the window of a submission waiting too long, and follows configured thresholds', async () => {
    const [applicant, clerk, supervisor, police] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('supervisor'), actorOf('reviewer.ga')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    // Monday 30 November is the last of the five working days to answer.
    await refreshWarnings(at('2026-11-30T10:00:00'));
    expect((await db.application.findUniqueOrThrow({ where: { id } })).warning).toBe('YELLOW');
    const told = await warningsAbout([id]);
    expect(told.map((m) => m.recipientId)).toContain(clerk.id);
    expect(told.every((m) => m.dedupeKey!.startsWith(`warn:intake:${id}:YELLOW:`))).toBe(true);

    await expect(updateWarningThresholds(police, { days: 3, percent: 0 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The thresholds form shows the defaults, then what was set.
    expect(await getWarningThresholds(supervisor)).toEqual({ days: 1, percent: 20 });
    await updateWarningThresholds(supervisor, { days: 5, percent: 0 });
    expect(await getWarningThresholds(supervisor)).toEqual({ days: 5, percent: 0 });
    await expect(getWarningThresholds(police)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await acceptApplication(clerk, id, monday);
    // Five working days left of seven (Wed 25th morning) is now yellow.
    await refreshWarnings(at('2026-11-26T10:00:00'));
    expect((await db.application.findUniqueOrThrow({ where: { id } })).warning).toBe('YELLOW');
    expect(await db.auditEvent.count({ where: { entity: 'Setting', action: 'update-warning-thresholds', actorId: supervisor.id } })).toBe(1);
  });

  it("tells a step's assignee, else its department's reviewers; a case's holders, and the supervisors once it is red", async () => {
    const [applicant, clerk, police, supervisor, market, lead] = await Promise.all(
      ['zhangsan', 'clerk', 'reviewer.ga', 'supervisor', 'reviewer.scj', 'lead'].map(actorOf),
    );
    const colleague = await staffMember('reviewer.ga2', 'REVIEWER', { departmentId: police.departmentId });
    const head = await staffMember('head.ga', 'DEPT_HEAD', { departmentId: police.departmentId });
    const open = await submitOnline(applicant, '普通护照签发', monday);
    const claimed = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, open.id, monday);
    await acceptApplication(clerk, claimed.id, monday);
    const [openTask, claimedTask] = await Promise.all(
      [open.id, claimed.id].map((applicationId) => db.departmentTask.findFirstOrThrow({ where: { applicationId, status: 'OPEN' } })),
    );
    await claimTask(colleague, { taskId: claimedTask.id, lock: claimedTask.lock });
    const ids = [open.id, claimed.id, openTask.id, claimedTask.id];

    // Wednesday 2 December, the last promised day: cases and steps turn yellow.
    await refreshWarnings(at('2026-12-02T10:00:00'));
    const yellow = [
      // Nobody holds this step: both police reviewers (not their head), for the step and for the case.
      [`task:${openTask.id}:YELLOW`, police.id],
      [`task:${openTask.id}:YELLOW`, colleague.id],
      [`case:${open.id}:YELLOW`, police.id],
      [`case:${open.id}:YELLOW`, colleague.id],
      // The colleague holds this one: only they are told.
      [`task:${claimedTask.id}:YELLOW`, colleague.id],
      [`case:${claimed.id}:YELLOW`, colleague.id],
    ];
    expect(await whoWasTold(ids)).toEqual(sorted(yellow));

    // Thursday: red; the supervisors hear of the cases, not of the steps.
    await refreshWarnings(at('2026-12-03T10:00:00'));
    const red = [
      [`task:${openTask.id}:RED`, police.id],
      [`task:${openTask.id}:RED`, colleague.id],
      [`case:${open.id}:RED`, police.id],
      [`case:${open.id}:RED`, colleague.id],
      [`case:${open.id}:RED`, supervisor.id],
      [`task:${claimedTask.id}:RED`, colleague.id],
      [`case:${claimed.id}:RED`, colleague.id],
      [`case:${claimed.id}:RED`, supervisor.id],
    ];
    expect(await whoWasTold(ids)).toEqual(sorted([...yellow, ...red]));
    // Each is sent to a page of their own role: a reviewer never gets a supervisor's link (a 404 for them).
    const links = await db.outboxMessage.findMany({
      where: { dedupeKey: { startsWith: `warn:case:${open.id}:RED:` } },
      select: { recipientId: true, link: true },
    });
    expect(sorted(links.map((m) => [m.recipientId ?? '', m.link ?? '']))).toEqual(
      sorted([
        [police.id, `/review/tasks/${openTask.id}`],
        [colleague.id, `/review/tasks/${openTask.id}`],
        [supervisor.id, `/oversee/applications/${open.id}`],
      ]),
    );
    const bystanders = [clerk.id, lead.id, market.id, head.id, applicant.id];
    expect(await db.outboxMessage.count({ where: { recipientId: { in: bystanders }, dedupeKey: { startsWith: 'warn:' } } })).toBe(0);

    // Never twice: a repeated sweep, even with the stored colours lost, tells nobody again.
    await db.application.updateMany({ where: { id: { in: [open.id, claimed.id] } }, data: { warning: 'GREEN' } });
    await db.departmentTask.updateMany({ where: { id: { in: [openTask.id, claimedTask.id] } }, data: { warning: 'GREEN' } });
    await refreshWarnings(at('2026-12-03T11:00:00'));
    expect(await whoWasTold(ids)).toEqual(sorted([...yellow, ...red]));
  });

  it("warns the clerks and lead of the submission's window, or of every window while none has it", async () => {
    const [applicant, clerk, lead, supervisor] = await Promise.all(['zhangsan', 'clerk', 'lead', 'supervisor'].map(actorOf));
    const w02 = await db.window.findUniqueOrThrow({ where: { code: 'W02' }, select: { id: true } });
    const otherClerk = await staffMember('clerk.w02', 'CLERK', { windowId: w02.id });
    const online = await submitOnline(applicant, '普通护照签发', monday);
    const atWindow = await submitOnline(applicant, '普通护照签发', monday);
    // As if registered at the first window (a walk-in carries its window).
    await db.application.update({ where: { id: atWindow.id }, data: { windowId: clerk.windowId } });

    await refreshWarnings(at('2026-11-30T10:00:00'));
    expect(await whoWasTold([online.id, atWindow.id])).toEqual(
      sorted([
        [`intake:${online.id}:YELLOW`, clerk.id],
        [`intake:${online.id}:YELLOW`, lead.id],
        [`intake:${online.id}:YELLOW`, otherClerk.id],
        [`intake:${atWindow.id}:YELLOW`, clerk.id],
        [`intake:${atWindow.id}:YELLOW`, lead.id],
      ]),
    );
    expect(await db.outboxMessage.count({ where: { recipientId: supervisor.id, dedupeKey: { startsWith: 'warn:' } } })).toBe(0);
  });

  it('counts an approved extension in the limit of the case and of its step', async () => {
    const [applicant, clerk, police] = await Promise.all(['zhangsan', 'clerk', 'reviewer.ga'].map(actorOf));
    const head = await staffMember('head.ga', 'DEPT_HEAD', { departmentId: police.departmentId });
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);
    const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id, status: 'OPEN' } });
    const extension = await requestExtension(police, { taskId: task.id, days: 3, reason: '需核查出入境记录' }, monday);
    await decideExtension(head, { extensionId: extension.id, outcome: 'APPROVED' }, monday);
    // 7 + 3 working days: Monday 7 December, 17:00 for the case and 12:00 for the step.
    const a = await db.application.findUniqueOrThrow({ where: { id }, select: { promisedDueAt: true } });
    expect(a.promisedDueAt?.toISOString()).toBe('2026-12-07T09:00:00.000Z');
    expect((await db.departmentTask.findUniqueOrThrow({ where: { id: task.id } })).dueAt?.toISOString()).toBe('2026-12-07T04:00:00.000Z');

    // Friday 4 December: 2 days left for the case, 1.5 for the step; 20 % of the 10 days in force is 2 (of 7 only 1.4).
    await refreshWarnings(at('2026-12-04T10:00:00'));
    expect((await db.application.findUniqueOrThrow({ where: { id } })).warning).toBe('YELLOW');
    expect((await db.departmentTask.findUniqueOrThrow({ where: { id: task.id } })).warning).toBe('YELLOW');
  });

  it('watches the statutory due date too: the case has the worse colour of its two due dates', async () => {
    const [applicant, clerk, police, supervisor] = await Promise.all(['zhangsan', 'clerk', 'reviewer.ga', 'supervisor'].map(actorOf));
    // A promise above the statutory limit (the catalog quality report flags it): the law's date comes first.
    const version = await publishedVersion('普通护照签发');
    await db.serviceItemVersion.update({ where: { id: version.id }, data: { statutoryLimitDays: 5 } });
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);
    const a = await db.application.findUniqueOrThrow({ where: { id } });
    expect([a.promisedDueAt?.toISOString(), a.statutoryDueAt?.toISOString()]).toEqual(['2026-12-02T09:00:00.000Z', '2026-11-30T09:00:00.000Z']);

    // Monday 30th: the statutory last day (yellow) while the promise still has three days (green).
    await refreshWarnings(at('2026-11-30T10:00:00'));
    expect((await db.application.findUniqueOrThrow({ where: { id } })).warning).toBe('YELLOW');
    // Tuesday: past the statutory date, red, and the supervisor is told against that date.
    await refreshWarnings(at('2026-12-01T10:00:00'));
    expect((await db.application.findUniqueOrThrow({ where: { id } })).warning).toBe('RED');
    const told = await warningsAbout([id]);
    expect(told.map((m) => [m.dedupeKey, m.recipientId]).sort()).toEqual(
      [
        [`warn:case:${id}:YELLOW:2026-11-30T09:00:00.000Z:${police.id}`, police.id],
        [`warn:case:${id}:RED:2026-11-30T09:00:00.000Z:${police.id}`, police.id],
        [`warn:case:${id}:RED:2026-11-30T09:00:00.000Z:${supervisor.id}`, supervisor.id],
      ].sort(),
    );
    const red = await db.outboxMessage.findFirstOrThrow({ where: { dedupeKey: { startsWith: `warn:case:${id}:RED:` }, recipientId: supervisor.id } });
    expect(red).toMatchObject({
      messageKey: 'caseWarning',
      subject: `办件已超期（红牌）：普通护照签发（${a.receiptNumber}）`,
      body: '已超过法定办结时限，请立即处理并说明原因。',
    });
    // A reader of the English portal reads it in English (the warning is a message key, not stored Chinese text).
    await deliverOutbox();
    const [en] = (await listNotifications(supervisor, { locale: 'en', take: 1 })).notifications;
    expect(en).toMatchObject({
      title: `Case overdue (red): 普通护照签发 (${a.receiptNumber})`,
      body: 'The case is past its statutory time limit: please handle it now and give the reason.',
    });
  });

  it('warns waiting intake by the configured thresholds', async () => {
    const [applicant, supervisor] = await Promise.all(['zhangsan', 'supervisor'].map(actorOf));
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await updateWarningThresholds(supervisor, { days: 3, percent: 0 });
    // Wednesday 25th: four working days left (Wed to Mon 30th) -> green; Thursday: three -> yellow.
    await refreshWarnings(at('2026-11-25T10:00:00'));
    expect((await db.application.findUniqueOrThrow({ where: { id } })).warning).toBe('GREEN');
    await refreshWarnings(at('2026-11-26T10:00:00'));
    expect((await db.application.findUniqueOrThrow({ where: { id } })).warning).toBe('YELLOW');
    expect((await warningsAbout([id])).every((m) => m.dedupeKey!.startsWith(`warn:intake:${id}:YELLOW:`))).toBe(true);
  });
});
