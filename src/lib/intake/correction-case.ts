import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';
import { transitionApplication } from '@/lib/applications/transition';
import type { AuditAction } from '@/lib/audit/vocabulary';
import { dueDate } from '@/lib/clock/due-date';
import { loadClock } from '@/lib/clock/clock-settings';
import { db, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { INTAKE_LIMIT_DAYS } from './limits';

/**
 * The case a correction answer is for (online or at the window), checked the
 * same way for both: still waiting for correction, every answered material one
 * the notice flagged, and every flagged material answered (a field error at
 * each one that is not). `where` carries who may see it. Also returns the new
 * intake due date: art. 32's five working days count again from the answer.
 */
export async function correctionCase(
  where: Prisma.ApplicationWhereInput,
  answered: Record<string, unknown>,
  isAnswered: (materialId: string) => boolean,
  now: Date,
) {
  const application = await db.application.findFirst({
    where: { ...where, status: { not: 'DRAFT' } },
    select: {
      id: true,
      status: true,
      applicantId: true,
      version: { select: { name: true } },
      materials: { where: { status: { in: ['MISSING', 'DEFECTIVE'] } }, select: { id: true, name: true } },
    },
  });
  if (!application) throw new AppError('NOT_FOUND');
  if (application.status !== 'CORRECTION_REQUIRED') throw new AppError('INVALID_TRANSITION', { status: application.status });

  const flagged = new Set(application.materials.map((m) => m.id));
  if (Object.keys(answered).some((materialId) => !flagged.has(materialId))) throw new AppError('NOT_FOUND');
  const fieldErrors: Record<string, string[]> = {};
  for (const m of application.materials) if (!isAnswered(m.id)) fieldErrors[`material.${m.id}`] = ['materialRequired'];
  if (Object.keys(fieldErrors).length > 0) throw new AppError('MATERIALS_INCOMPLETE', { fieldErrors });

  const { calendar, hours } = await loadClock();
  return { application, intakeDueAt: dueDate({ acceptedAt: now, limitDays: INTAKE_LIMIT_DAYS, calendar, hours, now }) };
}

/**
 * The answered case goes back to the window's queue with its new intake due
 * date, and the correction notice counts as answered; in the caller's transaction.
 */
export async function resubmitCorrected(
  tx: Tx,
  args: {
    applicationId: string;
    actor: Actor;
    action: Extract<AuditAction, 'answer-correction' | 'answer-correction-at-window'>;
    reason?: string | null;
    intakeDueAt: Date;
    data: Prisma.InputJsonValue;
    now: Date;
  },
) {
  await transitionApplication(tx, {
    applicationId: args.applicationId,
    from: ['CORRECTION_REQUIRED'],
    to: 'SUBMITTED',
    actor: args.actor,
    action: args.action,
    reason: args.reason,
    set: { submittedAt: args.now, intakeDueAt: args.intakeDueAt },
    data: args.data,
  });
  await tx.correctionNotice.updateMany({ where: { applicationId: args.applicationId, answeredAt: null }, data: { answeredAt: args.now } });
}
