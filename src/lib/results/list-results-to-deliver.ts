import 'server-only';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { visibleApplications } from '@/lib/applications/access';
import { casesMatching } from '@/lib/applications/case-query';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { afterKeyset, keysetResult, parseKeyset, type KeysetPage } from '@/lib/paging';
import { deliveryMethodsOf } from './delivery-options';

/**
 * Decided cases whose result waits to be handed over, oldest decision first, a
 * page at a time (keyset on decidedAt, index on status and decidedAt), or the
 * ones a person at the window names (`q`: receipt number, name, phone or ID
 * number, matched exactly).
 */
export async function listResultsToDeliverPage(actor: Actor, { q, ...page }: KeysetPage & { q?: string } = {}) {
  assertRole(actor, WINDOW_ROLES);
  const take = page.take ?? 20;
  const cursor = parseKeyset(page.after);
  const found = await db.application.findMany({
    where: {
      AND: [
        visibleApplications(actor),
        { status: 'DECIDED' },
        ...(q ? [await casesMatching(q)] : []),
        afterKeyset<Prisma.ApplicationWhereInput>('decidedAt', cursor, 'asc'),
      ],
    },
    orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }],
    take: take + 1,
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
  const { rows, next } = keysetResult(found, take, (a) => a.decidedAt);
  // The applicant's choice leads; the window may still hand over another way the item offers (they came in person after all).
  return {
    next,
    rows: rows.map(({ version, ...a }) => ({ ...a, itemName: version.name, resultName: version.resultName, methods: deliveryMethodsOf(version) })),
  };
}
