import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { bundleCaseIdSchema } from './schemas';

/**
 * 一次办结 allows collecting partial results early when the applicant asks
 * (issue 11): while the bundle is in progress and at least one member's result
 * is issued and not yet handed over, the applicant asks once; the window that
 * accepted the bundle is told. Asking twice changes nothing.
 */
export async function requestEarlyCollection(actor: Actor, input: { bundleCaseId: string }, now = new Date()) {
  if (actor.role !== 'APPLICANT') throw new AppError('NOT_FOUND');
  const { bundleCaseId } = bundleCaseIdSchema.parse(input);
  const c = await db.bundleCase.findFirst({
    where: { id: bundleCaseId, applicantId: actor.id },
    select: {
      id: true,
      status: true,
      acceptedById: true,
      earlyCollectionRequestedAt: true,
      bundleVersion: { select: { name: true } },
      members: { where: { status: 'DECIDED' }, select: { version: { select: { name: true } } } },
    },
  });
  if (!c) throw new AppError('NOT_FOUND');
  if (c.status !== 'IN_PROGRESS' || c.members.length === 0) throw new AppError('INVALID_TRANSITION', { status: c.status });
  if (c.earlyCollectionRequestedAt) return { requestedAt: c.earlyCollectionRequestedAt, duplicate: true };
  return db.$transaction(async (tx) => {
    const moved = await tx.bundleCase.updateMany({
      where: { id: c.id, status: 'IN_PROGRESS', earlyCollectionRequestedAt: null },
      data: { earlyCollectionRequestedAt: now, lock: { increment: 1 } },
    });
    if (moved.count !== 1) throw new AppError('CONFLICT');
    const ready = c.members.map((m) => m.version.name);
    await recordAudit(tx, { actor, entity: 'BundleCase', entityId: c.id, action: 'request-early-collection', data: { ready } });
    if (c.acceptedById) {
      await enqueueMessage(tx, {
        recipientId: c.acceptedById,
        message: { key: 'bundleEarlyCollectionRequested', values: { bundle: c.bundleVersion.name, items: ready } },
        link: `/desk/bundles/${c.id}`,
      });
    }
    return { requestedAt: now, duplicate: false };
  });
}
