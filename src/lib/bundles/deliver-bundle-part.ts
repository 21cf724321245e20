import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { deliverResultInTx } from '@/lib/results/deliver-result';
import { deliverableBundleSelect, parseBundleDelivery, type BundleDeliveryInput } from './bundle-delivery';

/**
 * Early collection of partial results: before the bundle concludes, the window
 * hands over the results issued so far (every member DECIDED now), with the
 * same delivery details as the whole pack (送达回证). Each such member is
 * DELIVERED; the pack delivered at the end holds the rest (deliverBundle takes
 * only members still DECIDED), and the bundle's record lists what went early.
 * Under the bundle row's lock, so it never races the bundle's conclusion or its
 * pack delivery.
 */
export async function deliverBundlePart(actor: Actor, input: BundleDeliveryInput, now = new Date()) {
  const { bundleCaseId, data } = parseBundleDelivery(actor, input);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "BundleCase" WHERE id = ${bundleCaseId} FOR UPDATE`;
    const c = await tx.bundleCase.findUnique({
      where: { id: bundleCaseId },
      select: { ...deliverableBundleSelect, earlyCollectionRequestedAt: true },
    });
    if (!c) throw new AppError('NOT_FOUND');
    if (c.status !== 'IN_PROGRESS' || c.members.length === 0) throw new AppError('INVALID_TRANSITION', { status: c.status });
    for (const member of c.members) await deliverResultInTx(tx, { actor, application: member, data, now, notify: false });
    await tx.bundleCase.update({ where: { id: c.id }, data: { earlyCollectionRequestedAt: null, lock: { increment: 1 } } });
    const items = c.members.map((m) => m.version.name);
    await recordAudit(tx, {
      actor,
      entity: 'BundleCase',
      entityId: c.id,
      action: 'deliver-partial',
      data: { method: data.method, members: items, memberIds: c.members.map((m) => m.id), requestedAt: c.earlyCollectionRequestedAt?.toISOString() ?? null },
    });
    await enqueueMessage(tx, {
      recipientId: c.applicantId,
      message: { key: 'bundlePartDelivered', values: { bundle: c.bundleVersion.name, items, method: data.method, tracking: data.trackingNumber ?? '' } },
      link: `/me/bundles/${c.id}`,
      external: ['EMAIL', 'SMS'],
    });
    return { delivered: items.length };
  });
}
