import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { deliveryMethodsOf } from './delivery-options';
import { getPickupPlace } from './get-pickup-place';

/**
 * How the result of the applicant's own case reaches them: the choice, what the
 * item offers, the pickup place and hours, and once handed over the receipt
 * (with the tracking number of a posted result). Null for a case that will
 * have no result to hand over (rejected, withdrawn), or a bundle's member (the
 * bundle delivers its pack at once), or anyone else's case.
 */
export async function getResultDelivery(actor: Actor, applicationId: string) {
  if (actor.role !== 'APPLICANT') return null;
  const a = await db.application.findFirst({
    where: { id: applicationId, applicantId: actor.id, status: { notIn: ['DRAFT', 'REJECTED', 'WITHDRAWN'] }, bundleCaseId: null },
    select: {
      status: true,
      decision: true,
      deliveryChoice: true,
      deliveryAddress: true,
      version: { select: { postalDelivery: true, electronicDelivery: true, resultCertificate: true, postalFee: true } },
      deliveryReceipt: { select: { method: true, trackingNumber: true, deliveredAt: true } },
    },
  });
  if (!a) return null;
  return {
    status: a.status,
    decision: a.decision,
    choice: a.deliveryChoice,
    address: a.deliveryAddress ?? '',
    methods: deliveryMethodsOf(a.version),
    postalFee: a.version.postalFee,
    receipt: a.deliveryReceipt,
    pickup: await getPickupPlace(),
  };
}
