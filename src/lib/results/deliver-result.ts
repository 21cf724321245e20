import 'server-only';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { lockApplication, transitionApplication } from '@/lib/applications/transition';
import { db, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { deliverResultSchema, type DeliverResultInput } from './schemas';

type DeliverResultData = ReturnType<typeof deliverResultSchema.parse>;

/** 送达: the result window hands over (or posts, or releases for download) a decided case's result; the case is DELIVERED. */
export async function deliverResult(actor: Actor, input: DeliverResultInput, now = new Date()) {
  assertRole(actor, WINDOW_ROLES);
  const data = deliverResultSchema.parse(input);
  const application = await db.application.findFirst({
    where: { id: data.applicationId, status: { not: 'DRAFT' } },
    select: { id: true, applicantId: true, version: { select: { name: true, postalDelivery: true } } },
  });
  if (!application) throw new AppError('NOT_FOUND');

  return db.$transaction((tx) => deliverResultInTx(tx, { actor, application, data, now }));
}

/**
 * The delivery in the caller's transaction: one case alone, or each member of
 * a bundle's result pack (silent then: the bundle sends one message).
 */
export async function deliverResultInTx(
  tx: Tx,
  args: { actor: Actor; application: { id: string; applicantId: string; version: { name: string } }; data: DeliverResultData; now: Date; notify?: boolean },
) {
  const { actor, application, data, now } = args;
  await lockApplication(tx, application.id);
  const note = data.method === 'WINDOW' ? `${data.receiverName} 凭证件领取` : data.method === 'POST' ? `运单号 ${data.trackingNumber}` : '申请人在线下载';
  await transitionApplication(tx, {
    applicationId: application.id,
    from: ['DECIDED'],
    to: 'DELIVERED',
    actor,
    action: 'deliver',
    set: { deliveredAt: now, deliveryMethod: data.method, deliveryNote: note },
    data: { method: data.method },
  });
  const receipt = await tx.deliveryReceipt.create({
    data: {
      applicationId: application.id,
      method: data.method,
      receiverName: data.method === 'WINDOW' ? data.receiverName : null,
      receiverIdNo: data.method === 'WINDOW' ? data.receiverIdNo : null,
      idChecked: data.method === 'WINDOW' && data.idChecked,
      trackingNumber: data.method === 'POST' ? data.trackingNumber : null,
      deliveredById: actor.id,
      deliveredAt: now,
    },
    select: { id: true },
  });
  if (args.notify !== false)
    await enqueueMessage(tx, {
      recipientId: application.applicantId,
      message: { key: 'resultDelivered', values: { item: application.version.name, method: data.method, tracking: data.trackingNumber ?? '' } },
      link: `/me/applications/${application.id}`,
      // Applicant-visible: also by e-mail / SMS where the applicant has an address on file.
      external: ['EMAIL', 'SMS'],
    });
  return receipt;
}
