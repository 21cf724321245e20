import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { loadClock } from '@/lib/clock/clock-settings';
import { lockApplication } from '@/lib/applications/transition';
import { recordApplicationAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { concludeApplication } from './conclude-application';
import { reviewImmediateSchema, type ReviewImmediateInput } from './schemas';

/**
 * 即办件, 一核: the window lead confirms the clerk's proposal (the application
 * is decided on the spot, with its certificate where the item yields one) or
 * sends it back with a note. The lead may not confirm their own proposal.
 */
export async function reviewImmediateDecision(actor: Actor, input: ReviewImmediateInput, now = new Date()) {
  assertRole(actor, ['WINDOW_LEAD']);
  const data = reviewImmediateSchema.parse(input);
  const proposal = await db.immediateDecision.findUnique({
    where: { id: data.proposalId },
    select: { id: true, applicationId: true, decision: true, opinion: true, proposedById: true },
  });
  if (!proposal) throw new AppError('NOT_FOUND');
  if (proposal.proposedById === actor.id) throw new AppError('SAME_PERSON');

  return db.$transaction(async (tx) => {
    await lockApplication(tx, proposal.applicationId);
    const reviewed = await tx.immediateDecision.updateMany({
      where: { id: proposal.id, status: 'PROPOSED' },
      data: { status: data.outcome === 'CONFIRM' ? 'CONFIRMED' : 'RETURNED', reviewedById: actor.id, reviewedAt: now, reviewNote: data.note || null },
    });
    if (reviewed.count !== 1) throw new AppError('CONFLICT');

    if (data.outcome === 'RETURN') {
      await recordApplicationAudit(tx, proposal.applicationId, {
        actor,
        action: 'return-proposal',
        reason: data.note,
        data: { proposalId: proposal.id },
      });
      return { decided: false, certificateNumber: null };
    }

    const certificate = await concludeApplication(tx, {
      applicationId: proposal.applicationId,
      from: 'ACCEPTED',
      decision: proposal.decision,
      reason: proposal.opinion || null,
      actor,
      atWindow: true,
      data: { proposalId: proposal.id, proposedById: proposal.proposedById },
      clock: await loadClock(),
      now,
    });
    return { decided: true, certificateNumber: certificate?.number ?? null };
  });
}
