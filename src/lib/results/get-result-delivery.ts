import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { ApplicationStatus, Decision, DeliveryMethod } from '@/generated/prisma/enums';
import { withJsonDates } from '@/lib/sql-json';
import { deliveryMethodsOf } from './delivery-options';
import { getPickupPlace } from './get-pickup-place';

type DeliveryRow = {
  status: ApplicationStatus;
  decision: Decision | null;
  deliveryChoice: DeliveryMethod | null;
  deliveryAddress: string | null;
  postalDelivery: boolean;
  electronicDelivery: boolean;
  resultCertificate: string | null;
  postalFee: string | null;
  /** The handover, as JSON of the same statement (its date as text: sql-json.ts). */
  receipt: { method: DeliveryMethod; trackingNumber: string | null; deliveredAt: string } | null;
};

/**
 * How the result of the applicant's own case reaches them: the choice, what the
 * item offers, the pickup place and hours, and once handed over the receipt
 * (with the tracking number of a posted result). Null for a case that will
 * have no result to hand over (rejected, withdrawn), or a bundle's member (the
 * bundle delivers its pack at once), or anyone else's case.
 */
export async function getResultDelivery(actor: Actor, applicationId: string) {
  if (actor.role !== 'APPLICANT') return null;
  // One statement (three Prisma queries before): the applicant's case page shows it on every view.
  const [a] = await db.$queryRaw<DeliveryRow[]>`
    SELECT a.status, a.decision, a."deliveryChoice", a."deliveryAddress",
      v."postalDelivery", v."electronicDelivery", v."resultCertificate", v."postalFee",
      (SELECT json_build_object('method', r.method, 'trackingNumber', r."trackingNumber", 'deliveredAt', r."deliveredAt")
        FROM "DeliveryReceipt" r WHERE r."applicationId" = a.id) AS receipt
    FROM "Application" a JOIN "ServiceItemVersion" v ON v.id = a."versionId"
    WHERE a.id = ${applicationId} AND a."applicantId" = ${actor.id} AND a.status NOT IN ('DRAFT', 'REJECTED', 'WITHDRAWN') AND a."bundleCaseId" IS NULL`;
  if (!a) return null;
  return {
    status: a.status,
    decision: a.decision,
    choice: a.deliveryChoice,
    address: a.deliveryAddress ?? '',
    methods: deliveryMethodsOf(a),
    postalFee: a.postalFee,
    receipt: a.receipt && withJsonDates(a.receipt, 'deliveredAt'),
    pickup: await getPickupPlace(),
  };
}
