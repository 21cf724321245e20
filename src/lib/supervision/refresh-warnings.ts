import 'server-only';
import type { Warning } from '@/generated/prisma/enums';
import { loadClock } from '@/lib/clock/clock-settings';
import { db, type Tx } from '@/lib/db';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { deadlineWarning, intakeWarning, warningDedupeKey, worsened } from './classify-warning';

// pg_advisory_xact_lock key: one refresh at a time across all worker processes.
const LOCK_KEY = 6_0601;

type Change = {
  entity: 'case' | 'task' | 'intake';
  id: string;
  from: Warning;
  to: Warning;
  due: Date;
  recipients: string[];
  subject: string;
  link: string;
};

const LEVEL_TEXT: Record<Warning, string> = { GREEN: '正常', YELLOW: '临近时限（黄灯）', RED: '已超期（红灯）' };

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
        select: { id: true, dueAt: true, limitDays: true, warning: true, departmentId: true, stageName: true, application: { select: { receiptNumber: true } } },
      });
      const staffOf = await departmentStaff(tx, [...new Set(tasks.map((t) => t.departmentId))]);
      for (const t of tasks) {
        const level = deadlineWarning(clock, { now, due: t.dueAt!, limitDays: t.limitDays });
        if (level === t.warning) continue;
        changes.push({
          entity: 'task', id: t.id, from: t.warning, to: level, due: t.dueAt!,
          recipients: staffOf.get(t.departmentId) ?? [],
          subject: `审查环节${LEVEL_TEXT[level]}：${t.stageName}（${t.application.receiptNumber ?? ''}）`,
          link: `/review/tasks/${t.id}`,
        });
      }

      const cases = await tx.application.findMany({
        where: { status: { in: ['ACCEPTED', 'IN_REVIEW'] }, promisedDueAt: { not: null } },
        select: {
          id: true, receiptNumber: true, promisedDueAt: true, warning: true,
          version: { select: { name: true, promisedLimitDays: true } },
          extensions: { where: { status: 'APPROVED', taskId: null }, select: { days: true } },
        },
      });
      const supervisors = cases.length ? (await tx.user.findMany({ where: { role: 'SUPERVISOR', active: true }, select: { id: true } })).map((u) => u.id) : [];
      for (const a of cases) {
        const limitDays = a.version.promisedLimitDays + a.extensions.reduce((s, e) => s + e.days, 0);
        const level = deadlineWarning(clock, { now, due: a.promisedDueAt!, limitDays });
        if (level === a.warning) continue;
        // Steps warn their own departments; supervision hears about the case once it is late.
        changes.push({
          entity: 'case', id: a.id, from: a.warning, to: level, due: a.promisedDueAt!,
          recipients: level === 'RED' ? supervisors : [],
          subject: `办件${LEVEL_TEXT[level]}：${a.version.name}（${a.receiptNumber ?? ''}）`,
          link: `/oversee/applications/${a.id}`,
        });
      }

      const waiting = await tx.application.findMany({
        where: { status: 'SUBMITTED', intakeDueAt: { not: null } },
        select: { id: true, intakeDueAt: true, warning: true, windowId: true, version: { select: { name: true } } },
      });
      const windowStaff = waiting.length
        ? await tx.user.findMany({ where: { role: { in: ['CLERK', 'WINDOW_LEAD'] }, active: true }, select: { id: true, windowId: true } })
        : [];
      for (const a of waiting) {
        const level = intakeWarning(clock, { now, due: a.intakeDueAt! });
        if (level === a.warning) continue;
        // An online submission has no window yet: every window may accept it.
        const recipients = windowStaff.filter((u) => a.windowId === null || u.windowId === a.windowId).map((u) => u.id);
        changes.push({
          entity: 'intake', id: a.id, from: a.warning, to: level, due: a.intakeDueAt!, recipients,
          subject: `受理${LEVEL_TEXT[level]}：${a.version.name}`,
          link: `/desk/applications/${a.id}`,
        });
      }

      for (const c of changes) {
        if (c.entity === 'task') await tx.departmentTask.update({ where: { id: c.id }, data: { warning: c.to } });
        else await tx.application.update({ where: { id: c.id }, data: { warning: c.to } });
        if (!worsened(c.from, c.to)) continue;
        for (const recipientId of c.recipients) {
          const dedupeKey = warningDedupeKey(c.entity, c.id, c.to, c.due, recipientId);
          if (await tx.outboxMessage.findUnique({ where: { dedupeKey }, select: { id: true } })) continue;
          await enqueueMessage(tx, {
            recipientId,
            subject: c.subject,
            body: c.to === 'RED' ? '已超过办理时限，请立即处理并说明原因。' : '距办理时限已不足预警阈值，请抓紧办理。',
            link: c.link,
            dedupeKey,
          });
        }
      }
      return changes.length;
    },
    { timeout: 60_000 },
  );
}

async function departmentStaff(tx: Tx, departmentIds: string[]) {
  const users = await tx.user.findMany({
    where: { departmentId: { in: departmentIds }, role: { in: ['REVIEWER', 'DEPT_HEAD'] }, active: true },
    select: { id: true, departmentId: true },
  });
  const map = new Map<string, string[]>();
  for (const u of users) map.set(u.departmentId!, [...(map.get(u.departmentId!) ?? []), u.id]);
  return map;
}
