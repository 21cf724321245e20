import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { transitionApplication } from '@/lib/applications/transition';
import type { Clock } from '@/lib/clock/clock-settings';
import type { Tx } from '@/lib/db';
import type { AuditAction } from '@/lib/audit/vocabulary';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { recomputeDueDates } from './recompute-due-dates';

/**
 * Ends one suspension inside the caller's transaction (the application row
 * already locked): the case is back IN_REVIEW once no other one runs, its due
 * dates move by the time it stood still, and the applicant is told. Shared by
 * the department ending a procedure and the applicant answering a request.
 */
export async function closeSuspension(
  tx: Tx,
  args: {
    suspension: { id: string; applicationId: string; kind: string; applicantId: string; itemName: string };
    actor: Actor;
    action: AuditAction;
    note: string | null;
    clock: Clock;
    end: Date;
  },
) {
  const { suspension } = args;
  const ended = await tx.suspension.updateMany({ where: { id: suspension.id, endedAt: null }, data: { endedAt: args.end } });
  if (ended.count !== 1) throw new AppError('CONFLICT');
  const stillRunning = await tx.suspension.count({ where: { applicationId: suspension.applicationId, endedAt: null } });
  if (stillRunning === 0) {
    await transitionApplication(tx, {
      applicationId: suspension.applicationId,
      from: ['SUSPENDED'],
      to: 'IN_REVIEW',
      actor: args.actor,
      action: args.action,
      reason: args.note,
      data: { suspensionId: suspension.id, kind: suspension.kind },
    });
  }
  await recomputeDueDates(tx, suspension.applicationId, args.clock, args.end);
  await enqueueMessage(tx, {
    recipientId: suspension.applicantId,
    message: { key: 'resumed', values: { item: suspension.itemName } },
    link: `/me/applications/${suspension.applicationId}`,
    external: ['EMAIL', 'SMS'],
  });
  return { resumed: stillRunning === 0 };
}
