import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { ApplicationStatus } from '@/generated/prisma/enums';
import type { Actor } from '@/lib/auth/actor';
import { recordApplicationAudit } from '@/lib/audit/record-audit';
import type { AuditAction } from '@/lib/audit/vocabulary';
import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { publishStatusChanged } from '@/lib/events/publish-case-event';

/**
 * Moves an application from one of `from` to `to`, with its audit event, in the
 * caller's transaction. The status condition is part of the UPDATE, so of two
 * racing transitions the second finds the row changed and fails with CONFLICT
 * instead of applying twice.
 */
export async function transitionApplication(
  tx: Tx,
  args: {
    applicationId: string;
    from: ApplicationStatus[];
    to: ApplicationStatus;
    actor: Actor | null;
    action: AuditAction;
    reason?: string | null;
    set?: Prisma.ApplicationUncheckedUpdateManyInput;
    data?: Prisma.InputJsonValue;
  },
): Promise<{ from: ApplicationStatus }> {
  const current = await tx.application.findUnique({ where: { id: args.applicationId }, select: { status: true } });
  if (!current) throw new AppError('NOT_FOUND');
  if (!args.from.includes(current.status)) throw new AppError('INVALID_TRANSITION', { status: current.status });
  const updated = await tx.application.updateMany({
    where: { id: args.applicationId, status: current.status },
    data: { ...args.set, status: args.to, lock: { increment: 1 } },
  });
  if (updated.count !== 1) throw new AppError('CONFLICT');
  await recordApplicationAudit(tx, args.applicationId, {
    actor: args.actor,
    action: args.action,
    from: current.status,
    to: args.to,
    reason: args.reason,
    data: args.data,
  });
  // Partner systems hear of it through the same transaction (docs/integration.md).
  await publishStatusChanged(tx, { applicationId: args.applicationId, from: current.status, to: args.to, action: args.action, reason: args.reason });
  return { from: current.status };
}

/**
 * Serializes changes to one application (row lock until commit). Needed where a
 * decision depends on sibling rows, e.g. the last of a stage's parallel tasks
 * to finish must see the others' results.
 */
export async function lockApplication(tx: Tx, applicationId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "Application" WHERE id = ${applicationId} FOR UPDATE`;
}
