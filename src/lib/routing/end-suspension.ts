import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { lockApplication, transitionApplication } from '@/lib/applications/transition';
import { loadClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { recomputeDueDates } from './recompute-due-dates';
import { endSuspensionSchema, type EndSuspensionInput } from './schemas';

/**
 * Ends a procedure (or records the applicant's answer): the clock restarts, the
 * case is back IN_REVIEW and its due dates move by the time it stood still.
 */
export async function endSuspension(actor: Actor, input: EndSuspensionInput, now = new Date()) {
  if (!DEPARTMENT_ROLES.includes(actor.role) || !actor.departmentId) throw new AppError('NOT_FOUND');
  const data = endSuspensionSchema.parse(input);
  const suspension = await db.suspension.findFirst({
    where: { id: data.suspensionId, task: { departmentId: actor.departmentId } },
    select: { id: true, applicationId: true, kind: true, startedAt: true, application: { select: { applicantId: true, version: { select: { name: true } } } } },
  });
  if (!suspension) throw new AppError('NOT_FOUND');
  const clock = await loadClock();
  const end = now < suspension.startedAt ? suspension.startedAt : now;

  return db.$transaction(async (tx) => {
    await lockApplication(tx, suspension.applicationId);
    const ended = await tx.suspension.updateMany({ where: { id: suspension.id, endedAt: null }, data: { endedAt: end } });
    if (ended.count !== 1) throw new AppError('CONFLICT');
    const stillRunning = await tx.suspension.count({ where: { applicationId: suspension.applicationId, endedAt: null } });
    if (stillRunning === 0) {
      await transitionApplication(tx, {
        applicationId: suspension.applicationId,
        from: ['SUSPENDED'],
        to: 'IN_REVIEW',
        actor,
        action: 'resume',
        reason: data.note || null,
        data: { suspensionId: suspension.id, kind: suspension.kind },
      });
    }
    await recomputeDueDates(tx, suspension.applicationId, clock, end);
    await enqueueMessage(tx, {
      recipientId: suspension.application.applicantId,
      subject: `恢复办理：${suspension.application.version.name}`,
      body: '您的申请已恢复审查，办理时限继续计算，到期时间已相应顺延。',
      link: `/me/applications/${suspension.applicationId}`,
    });
    return { resumed: stillRunning === 0 };
  });
}
