import 'server-only';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { visibleApplications } from '@/lib/applications/access';
import { db } from '@/lib/db';

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
      version: { select: { name: true, resultName: true, postalDelivery: true } },
      certificates: { select: { number: true, type: true } },
    },
  });
  return rows.map(({ version, ...a }) => ({ ...a, itemName: version.name, resultName: version.resultName, postalDelivery: version.postalDelivery }));
}
