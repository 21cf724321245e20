import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { deliverResultSchema, type DeliverResultInput } from '@/lib/results/schemas';
import { bundleCaseIdSchema } from './schemas';

// What the pack delivery (deliver-bundle.ts) and the early collection of partial
// results (deliver-bundle-part.ts) share: who may hand over, the receipt
// details, and what is read of the case.

export type BundleDeliveryInput = Omit<DeliverResultInput, 'applicationId'> & { bundleCaseId: string };

/** Only the window hands results over; the delivery details are a single case's (送达回证), checked by the same schema. */
export function parseBundleDelivery(actor: Actor, input: BundleDeliveryInput) {
  assertRole(actor, WINDOW_ROLES);
  const { bundleCaseId } = bundleCaseIdSchema.parse(input);
  return { bundleCaseId, data: deliverResultSchema.parse({ ...input, applicationId: bundleCaseId }) };
}

/** The case as a delivery reads it: the members whose results are ready (DECIDED), and whom the message goes to. */
export const deliverableBundleSelect = {
  id: true,
  status: true,
  applicantId: true,
  bundleVersion: { select: { name: true } },
  members: { where: { status: 'DECIDED' }, select: { id: true, applicantId: true, version: { select: { name: true } } } },
} as const satisfies Prisma.BundleCaseSelect;
