import 'server-only';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { visibleApplications } from '@/lib/applications/access';
import { db } from '@/lib/db';
import { deliveryMethodsOf } from './delivery-options';

/** Decided cases whose result waits to be handed over, oldest decision first. */
export async function listResultsToDeliver(actor: Actor) {
  assertRole(actor, WINDOW_ROLES);
  const rows = await db.application.findMany({
    where: { AND: [visibleApplications(actor), { status: 'DECIDED' }] },
    orderBy: { decidedAt: 'asc' },
    take: 100,
    select: {
      id: true,
      receiptNumber: true,
      applicantName: true,
      contactName: true,
      decision: true,
      decidedAt: true,
      deliveryChoice: true,
      deliveryAddress: true,
      version: { select: { name: true, resultName: true, postalDelivery: true, electronicDelivery: true, resultCertificate: true } },
      certificates: { select: { number: true, type: true } },
    },
  });
  // The applicant's choice leads; the window may still hand over another way the item offers (they came in person after all).
  return rows.map(({ version, ...a }) => ({ ...a, itemName: version.name, resultName: version.resultName, methods: deliveryMethodsOf(version) }));
}
