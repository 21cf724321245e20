import 'server-only';
import { type Actor, assertRole, DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { lockApplication } from '@/lib/applications/transition';
import { recordTaskAudit } from '@/lib/audit/record-audit';
import { loadClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { concludeApplication } from './conclude-application';
import { openStage } from './open-stage';
import { decideTaskSchema, type DecideTaskInput } from './schemas';

/**
 * A department decides its task. Any denial denies the application and stops
 * the route; a stage ends when all its tasks are approved, and the last stage's
 * approval approves the application (and issues its e-certificate).
 */
export async function decideTask(actor: Actor, input: DecideTaskInput, now = new Date()) {
  assertRole(actor, DEPARTMENT_ROLES, 'department');
  const data = decideTaskSchema.parse(input);
  const task = await db.departmentTask.findFirst({
    where: { id: data.taskId, departmentId: actor.departmentId },
    select: { id: true, applicationId: true, stageSort: true, status: true, department: { select: { name: true } } },
  });
  if (!task) throw new AppError('NOT_FOUND');
  if (task.status !== 'OPEN') throw new AppError('INVALID_TRANSITION', { status: task.status });
  const clock = await loadClock();

  return db.$transaction(async (tx) => {
    await lockApplication(tx, task.applicationId);
    // While a procedure or the applicant's answer is pending the case is not decided.
    const { status } = await tx.application.findUniqueOrThrow({ where: { id: task.applicationId }, select: { status: true } });
    if (status !== 'IN_REVIEW') throw new AppError('INVALID_TRANSITION', { status });
    const decided = await tx.departmentTask.updateMany({
      // With the lock the form saw, a decision on a task claimed, reassigned or decided since is refused.
      where: { id: task.id, status: 'OPEN', ...(data.lock === undefined ? {} : { lock: data.lock }) },
      data: { status: data.decision, opinion: data.opinion || null, decidedAt: now, assigneeId: actor.id, lock: { increment: 1 } },
    });
    if (decided.count !== 1) throw new AppError('CONFLICT');
    await recordTaskAudit(tx, task, {
      actor,
      action: data.decision === 'APPROVED' ? 'approve-task' : 'deny-task',
      from: 'OPEN',
      to: data.decision,
      reason: data.opinion || null,
    });

    const conclude = (decision: 'APPROVED' | 'DENIED', reason: string | null) =>
      concludeApplication(tx, {
        applicationId: task.applicationId,
        from: 'IN_REVIEW',
        decision,
        reason,
        actor,
        atWindow: false,
        set: { currentStage: null },
        clock,
        now,
      });

    if (data.decision === 'DENIED') {
      // The route stops: every task still open beside this one, or waiting in a later stage, is cancelled, each on the record.
      const cancelled = await tx.departmentTask.findMany({
        where: { applicationId: task.applicationId, status: { in: ['OPEN', 'WAITING'] } },
        select: { id: true, applicationId: true, status: true },
      });
      await tx.departmentTask.updateMany({
        where: { id: { in: cancelled.map((c) => c.id) } },
        data: { status: 'CANCELLED', lock: { increment: 1 } },
      });
      for (const c of cancelled) {
        await recordTaskAudit(tx, c, {
          actor,
          action: 'cancel-task',
          from: c.status,
          to: 'CANCELLED',
          reason: `因${task.department.name}作出不予决定，审批终止：${data.opinion}`,
        });
      }
      await conclude('DENIED', data.opinion);
      return { applicationDecided: true };
    }

    const stillOpen = await tx.departmentTask.count({
      where: { applicationId: task.applicationId, stageSort: task.stageSort, status: 'OPEN' },
    });
    if (stillOpen > 0) return { applicationDecided: false };
    const next = await tx.departmentTask.findFirst({
      where: { applicationId: task.applicationId, status: 'WAITING' },
      orderBy: { stageSort: 'asc' },
      select: { stageSort: true },
    });
    if (next) {
      await openStage(tx, { applicationId: task.applicationId, stageSort: next.stageSort, actor, clock, now });
      return { applicationDecided: false };
    }
    await conclude('APPROVED', data.opinion || null);
    return { applicationDecided: true };
  });
}
