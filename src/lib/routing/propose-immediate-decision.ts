import 'server-only';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { lockApplication } from '@/lib/applications/transition';
import { recordApplicationAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { proposeImmediateSchema, type ProposeImmediateInput } from './schemas';

/**
 * 即办件, 一审: the window proposes the on-the-spot decision with its opinion.
 * It takes effect only when a window lead other than the proposer confirms it.
 */
export async function proposeImmediateDecision(actor: Actor, input: ProposeImmediateInput, now = new Date()) {
  assertRole(actor, WINDOW_ROLES);
  const data = proposeImmediateSchema.parse(input);
  const application = await db.application.findFirst({
    where: { id: data.applicationId, version: { handlingClass: 'IMMEDIATE' }, tasks: { none: {} } },
    select: { id: true },
  });
  if (!application) throw new AppError('NOT_FOUND');

  return db.$transaction(async (tx) => {
    await lockApplication(tx, application.id);
    const current = await tx.application.findUniqueOrThrow({ where: { id: application.id }, select: { status: true } });
    if (current.status !== 'ACCEPTED') throw new AppError('INVALID_TRANSITION', { status: current.status });
    // One open proposal at a time: a second clerk racing the first gets a clear conflict.
    const pending = await tx.immediateDecision.count({ where: { applicationId: application.id, status: 'PROPOSED' } });
    if (pending > 0) throw new AppError('CONFLICT');
    const proposal = await tx.immediateDecision.create({
      data: { applicationId: application.id, decision: data.decision, opinion: data.opinion, proposedById: actor.id, proposedAt: now },
      select: { id: true },
    });
    await recordApplicationAudit(tx, application.id, {
      actor,
      action: 'propose-decision',
      reason: data.opinion || null,
      data: { proposalId: proposal.id, decision: data.decision },
    });
    return proposal;
  });
}
