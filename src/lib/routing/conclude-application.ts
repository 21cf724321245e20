import 'server-only';
import type { ApplicationStatus } from '@/generated/prisma/enums';
import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';
import { transitionApplication } from '@/lib/applications/transition';
import { afterMemberConcluded } from '@/lib/bundles/bundle-members';
import type { Clock } from '@/lib/clock/clock-settings';
import type { Tx } from '@/lib/db';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { notifyResultReady } from '@/lib/results/notify-result-ready';
import { issueCertificate } from './issue-certificate';

/**
 * Decides an application, the same way whether its last department task was
 * decided or the window lead confirmed a 即办 proposal: the transition to
 * DECIDED, the e-certificate of an approval, the applicant's message, the result
 * delivery, and the bundle the case may belong to. Returns the certificate.
 */
export async function concludeApplication(
  tx: Tx,
  args: {
    applicationId: string;
    from: ApplicationStatus;
    decision: 'APPROVED' | 'DENIED';
    reason: string | null;
    actor: Actor;
    /** Decided at the window (即办): the applicant is told so. */
    atWindow: boolean;
    set?: Prisma.ApplicationUncheckedUpdateManyInput;
    data?: Prisma.InputJsonValue;
    clock: Clock;
    now: Date;
  },
) {
  const { applicationId, decision, reason, actor, now } = args;
  await transitionApplication(tx, {
    applicationId,
    from: [args.from],
    to: 'DECIDED',
    actor,
    action: decision === 'APPROVED' ? 'approve' : 'deny',
    reason,
    set: { ...args.set, decision, decisionReason: reason, decidedAt: now },
    data: args.data,
  });
  const certificate = decision === 'APPROVED' ? await issueCertificate(tx, applicationId, now) : null;
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { applicantId: true, version: { select: { name: true } } },
  });
  const item = application.version.name;
  await enqueueMessage(tx, {
    recipientId: application.applicantId,
    message:
      decision === 'DENIED'
        ? { key: 'denied', values: { item, reason: reason ?? '' } }
        : certificate
          ? { key: args.atWindow ? 'approvedAtWindowWithCertificate' : 'approvedWithCertificate', values: { item, certificate: certificate.number } }
          : { key: args.atWindow ? 'approvedAtWindow' : 'approved', values: { item } },
    link: `/me/applications/${applicationId}`,
    // Applicant-visible: also by e-mail / SMS where the applicant has an address on file.
    external: ['EMAIL', 'SMS'],
  });
  await notifyResultReady(tx, applicationId);
  // A member of a bundle: its dependents open or stop, the bundle may conclude.
  await afterMemberConcluded(tx, { applicationId, actor, clock: args.clock, now });
  return certificate;
}
