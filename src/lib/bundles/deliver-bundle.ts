import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { deliverResultInTx } from '@/lib/results/deliver-result';
import { METHOD_NAMES } from '@/lib/results/delivery-options';
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
      subject: `一件事办理结果已送达：${c.bundleVersion.name}`,
      body: `${c.members.length} 个事项的结果一次送达${early > 0 ? `（另有 ${early} 个事项已提前领取）` : ''}。送达方式：${METHOD_NAMES[data.method]}。${data.method === 'POST' ? `运单号 ${data.trackingNumber}。` : ''}`,
      link: `/me/bundles/${c.id}`,
      external: ['EMAIL', 'SMS'],
    });
    return { delivered: c.members.length };
  });
}
