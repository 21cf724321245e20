import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { afterMemberConcluded } from '@/lib/bundles/bundle-members';
import { loadClock } from '@/lib/clock/clock-settings';
import { lockApplication, transitionApplication } from '@/lib/applications/transition';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { notifyResultReady } from '@/lib/results/notify-result-ready';
import { issueCertificate } from './issue-certificate';
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
      await recordAudit(tx, {
        actor,
        entity: 'Application',
        entityId: proposal.applicationId,
        applicationId: proposal.applicationId,
        action: 'return-proposal',
        reason: data.note,
        data: { proposalId: proposal.id },
      });
      return { decided: false, certificateNumber: null };
    }

    const reason = proposal.opinion || null;
    await transitionApplication(tx, {
      applicationId: proposal.applicationId,
      from: ['ACCEPTED'],
      to: 'DECIDED',
      actor,
      action: proposal.decision === 'APPROVED' ? 'approve' : 'deny',
      reason,
      set: { decision: proposal.decision, decisionReason: reason, decidedAt: now },
      data: { proposalId: proposal.id, proposedById: proposal.proposedById },
    });
    const certificate = proposal.decision === 'APPROVED' ? await issueCertificate(tx, proposal.applicationId, now) : null;
    const application = await tx.application.findUniqueOrThrow({
      where: { id: proposal.applicationId },
      select: { applicantId: true, version: { select: { name: true } } },
    });
    await enqueueMessage(tx, {
      recipientId: application.applicantId,
      message:
        proposal.decision === 'APPROVED'
          ? certificate
            ? { key: 'approvedAtWindowWithCertificate', values: { item: application.version.name, certificate: certificate.number } }
            : { key: 'approvedAtWindow', values: { item: application.version.name } }
          : { key: 'denied', values: { item: application.version.name, reason: reason ?? '' } },
      link: `/me/applications/${proposal.applicationId}`,
      // Applicant-visible: also by e-mail / SMS where the applicant has an address on file.
      external: ['EMAIL', 'SMS'],
    });
    await notifyResultReady(tx, proposal.applicationId);
    // A member of a bundle: its dependents open or stop, the bundle may conclude.
    await afterMemberConcluded(tx, { applicationId: proposal.applicationId, actor, clock: await loadClock(), now });
    return { decided: true, certificateNumber: certificate?.number ?? null };
  });
}
