import 'server-only';
import type { Warning } from '@/generated/prisma/enums';
import { caseExtensionDays, stepExtensionDays } from '@/lib/clock/case-due-dates';
import { loadClock } from '@/lib/clock/clock-settings';
import { db, type Tx } from '@/lib/db';
import { INTAKE_LIMIT_DAYS } from '@/lib/intake/limits';
import { publishWarning } from '@/lib/events/publish-side-events';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import type { NotifyMessage } from '@/lib/notify/render-message';
import { caseWarning, deadlineWarning, intakeWarning, warningDedupeKey, worsened } from '@/lib/clock/classify-warning';

// pg_advisory_xact_lock key: one refresh at a time across all worker processes.
const LOCK_KEY = 6_0601;

type Change = {
  entity: 'case' | 'task' | 'intake';
  id: string;
  // A step's case; for 'case' and 'intake', the id is the case's.
  applicationId?: string;
  from: Warning;
  to: Warning;
  due: Date;
  // Each with a link to a page of their own role: a reviewer's to the step, a clerk's to the window's case page.
  recipients: Map<string, string>;
  // A key of notifyText: each recipient reads it in their own language.
  message: NotifyMessage;
};

const toAll = (ids: string[], link: string) => ids.map((id) => [id, link] as const);

/**
 * Recomputes the stored warning colour of every open step, running case and
 * waiting submission, and tells the responsible staff through the outbox when
 * a colour gets worse. Runs under a transaction-scoped advisory lock, so several
 * workers never race; the outbox dedupe key makes a warning told once even if a
 * run is repeated after a crash. Returns how many colours changed, or null if
 * another process holds the lock.
 */
export async function refreshWarnings(now = new Date()): Promise<number | null> {
  const clock = await loadClock();
  return db.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LOCK_KEY}) AS locked`;
      if (!locked) return null;
      const changes: Change[] = [];

      const tasks = await tx.departmentTask.findMany({
        // A suspended case's steps keep their colour: their clock stands still.
        where: { status: 'OPEN', dueAt: { not: null }, application: { status: { in: ['ACCEPTED', 'IN_REVIEW'] } } },
        select: {
          id: true,
          applicationId: true,
          dueAt: true,
          limitDays: true,
          warning: true,
          departmentId: true,
          assigneeId: true,
          stageName: true,
          extensions: { where: { status: 'APPROVED' }, select: { taskId: true, days: true } },
          application: { select: { receiptNumber: true } },
        },
      });

      const cases = await tx.application.findMany({
        where: { status: { in: ['ACCEPTED', 'IN_REVIEW'] }, promisedDueAt: { not: null } },
        select: {
          id: true,
          receiptNumber: true,
          promisedDueAt: true,
          statutoryDueAt: true,
          warning: true,
          windowId: true,
          version: { select: { name: true, promisedLimitDays: true, statutoryLimitDays: true } },
          extensions: { where: { status: 'APPROVED' }, select: { taskId: true, days: true } },
          tasks: { where: { status: 'OPEN' }, select: { id: true, departmentId: true, assigneeId: true } },
        },
      });

      const waiting = await tx.application.findMany({
        where: { status: 'SUBMITTED', intakeDueAt: { not: null } },
        select: { id: true, intakeDueAt: true, warning: true, windowId: true, version: { select: { name: true } } },
      });

      const staff = await responsibleStaff(tx);

      for (const t of tasks) {
        const limitDays = t.limitDays + stepExtensionDays(t.extensions, t.id);
        const level = deadlineWarning(clock, { now, due: t.dueAt!, limitDays });
        if (level === t.warning) continue;
        changes.push({
          entity: 'task',
          id: t.id,
          applicationId: t.applicationId,
          from: t.warning,
          to: level,
          due: t.dueAt!,
          recipients: new Map(toAll(staff.ofStep(t), `/review/tasks/${t.id}`)),
          message: { key: 'stepWarning', values: { level, stage: t.stageName, receiptNumber: t.application.receiptNumber ?? '' } },
        });
      }

      for (const a of cases) {
        const { level, due, limit } = caseWarning(clock, {
          now,
          promisedDueAt: a.promisedDueAt!,
          statutoryDueAt: a.statutoryDueAt,
          promisedLimitDays: a.version.promisedLimitDays,
          statutoryLimitDays: a.version.statutoryLimitDays,
          extensionDays: caseExtensionDays(a.extensions),
        });
        if (level === a.warning) continue;
        // Whoever holds its open steps (the window, for a 即办件 decided there); supervision once it is late.
        const holders = a.tasks.length
          ? a.tasks.flatMap((t) => toAll(staff.ofStep(t), `/review/tasks/${t.id}`))
          : toAll(staff.ofWindow(a.windowId), `/desk/applications/${a.id}`);
        changes.push({
          entity: 'case',
          id: a.id,
          from: a.warning,
          to: level,
          due,
          recipients: new Map([...holders, ...(level === 'RED' ? toAll(staff.supervisors, `/oversee/applications/${a.id}`) : [])]),
          message: { key: 'caseWarning', values: { level, item: a.version.name, receiptNumber: a.receiptNumber ?? '', limit } },
        });
      }

      for (const a of waiting) {
        const level = intakeWarning(clock, { now, due: a.intakeDueAt!, limitDays: INTAKE_LIMIT_DAYS });
        if (level === a.warning) continue;
        changes.push({
          entity: 'intake',
          id: a.id,
          from: a.warning,
          to: level,
          due: a.intakeDueAt!,
          recipients: new Map(toAll(staff.ofWindow(a.windowId), `/desk/applications/${a.id}`)),
          message: { key: 'intakeWarning', values: { level, item: a.version.name, days: INTAKE_LIMIT_DAYS } },
        });
      }

      for (const c of changes) {
        if (c.entity === 'task') await tx.departmentTask.update({ where: { id: c.id }, data: { warning: c.to } });
        else await tx.application.update({ where: { id: c.id }, data: { warning: c.to } });
        await publishWarning(tx, {
          applicationId: c.applicationId ?? c.id,
          scope: c.entity,
          taskId: c.entity === 'task' ? c.id : null,
          from: c.from,
          to: c.to,
          dueAt: c.due,
        });
        if (!worsened(c.from, c.to)) continue;
        for (const [recipientId, link] of c.recipients) {
          const dedupeKey = warningDedupeKey(c.entity, c.id, c.to, c.due, recipientId);
          if (await tx.outboxMessage.findUnique({ where: { dedupeKey }, select: { id: true } })) continue;
          await enqueueMessage(tx, {
            recipientId,
            message: c.message,
            link,
            dedupeKey,
          });
        }
      }
      return changes.length;
    },
    { timeout: 60_000 },
  );
}

/**
 * Who answers for a warning: a step's assignee, or while nobody (active) holds
 * it the reviewers of its department (its head, where it has no reviewer); a submission's, or a window case's,
 * clerks and window lead (every window's for an online submission no window
 * has taken yet); the supervisors.
 */
async function responsibleStaff(tx: Tx) {
  const users = await tx.user.findMany({
    where: { active: true, role: { in: ['REVIEWER', 'DEPT_HEAD', 'CLERK', 'WINDOW_LEAD', 'SUPERVISOR'] } },
    select: { id: true, role: true, departmentId: true, windowId: true },
  });
  // assign-task may hand a step to the department head too: any active assignee holds it.
  const active = new Set(users.map((u) => u.id));
  const byDepartment = (role: 'REVIEWER' | 'DEPT_HEAD') => {
    const map = new Map<string, string[]>();
    for (const u of users) if (u.role === role && u.departmentId) map.set(u.departmentId, [...(map.get(u.departmentId) ?? []), u.id]);
    return map;
  };
  const [reviewers, heads] = [byDepartment('REVIEWER'), byDepartment('DEPT_HEAD')];
  const windowStaff = users.filter((u) => u.role === 'CLERK' || u.role === 'WINDOW_LEAD');
  return {
    supervisors: users.filter((u) => u.role === 'SUPERVISOR').map((u) => u.id),
    ofStep: (t: { departmentId: string; assigneeId: string | null }) =>
      t.assigneeId && active.has(t.assigneeId) ? [t.assigneeId] : (reviewers.get(t.departmentId) ?? heads.get(t.departmentId) ?? []),
    ofWindow: (windowId: string | null) => windowStaff.filter((u) => windowId === null || u.windowId === windowId).map((u) => u.id),
  };
}
