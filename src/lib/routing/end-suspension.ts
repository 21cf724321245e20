import 'server-only';
import { type Actor, assertRole, DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { lockApplication } from '@/lib/applications/transition';
import { loadClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { closeSuspension } from './close-suspension';
import { endSuspensionSchema, type EndSuspensionInput } from './schemas';

/**
 * Ends a procedure (or records the applicant's answer): the clock restarts, the
 * case is back IN_REVIEW and its due dates move by the time it stood still.
 */
export async function endSuspension(actor: Actor, input: EndSuspensionInput, now = new Date()) {
  assertRole(actor, DEPARTMENT_ROLES, 'department');
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
    return closeSuspension(tx, {
      suspension: {
        id: suspension.id,
        applicationId: suspension.applicationId,
        kind: suspension.kind,
        applicantId: suspension.application.applicantId,
        itemName: suspension.application.version.name,
      },
      actor,
      action: 'resume',
      note: data.note || null,
      clock,
      end,
    });
  });
}
