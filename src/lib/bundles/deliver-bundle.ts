import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { deliverResultInTx } from '@/lib/results/deliver-result';
import { deliverableBundleSelect, parseBundleDelivery, type BundleDeliveryInput } from './bundle-delivery';

/**
 * 一次办结: the whole result pack of a concluded bundle handed over once (window,
 * post or download): every decided member is delivered with the same receipt
 * details in one transaction, and the applicant gets one message.
 */
export async function deliverBundle(actor: Actor, input: BundleDeliveryInput, now = new Date()) {
  const { bundleCaseId, data } = parseBundleDelivery(actor, input);
  const c = await db.bundleCase.findUnique({ where: { id: bundleCaseId }, select: deliverableBundleSelect });
  if (!c) throw new AppError('NOT_FOUND');
  if (c.status !== 'CONCLUDED') throw new AppError('INVALID_TRANSITION', { status: c.status });
  // Members whose results were collected early (deliverBundlePart) are DELIVERED already: the message names them.
  const early = await db.application.count({ where: { bundleCaseId: c.id, status: 'DELIVERED' } });
  return db.$transaction(async (tx) => {
    const moved = await tx.bundleCase.updateMany({
      where: { id: c.id, status: 'CONCLUDED' },
      data: { status: 'DELIVERED', deliveredAt: now, deliveryMethod: data.method, lock: { increment: 1 } },
    });
    if (moved.count !== 1) throw new AppError('CONFLICT');
    for (const member of c.members) await deliverResultInTx(tx, { actor, application: member, data, now, notify: false });
    await recordAudit(tx, {
      actor,
      entity: 'BundleCase',
      entityId: c.id,
      action: 'deliver',
      from: 'CONCLUDED',
      to: 'DELIVERED',
      data: { method: data.method, members: c.members.length },
    });
    await enqueueMessage(tx, {
      recipientId: c.applicantId,
      message: {
        key: 'bundleDelivered',
        values: { bundle: c.bundleVersion.name, count: c.members.length, early, method: data.method, tracking: data.trackingNumber ?? '' },
      },
      link: `/me/bundles/${c.id}`,
      external: ['EMAIL', 'SMS'],
    });
    return { delivered: c.members.length };
  });
}
