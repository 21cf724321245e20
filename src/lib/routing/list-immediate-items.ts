import 'server-only';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { visibleApplications } from '@/lib/applications/access';
import { db } from '@/lib/db';

/** 即办件 accepted at the window and waiting for their on-the-spot decision, with the open proposal if any. */
export async function listImmediateItems(actor: Actor) {
  assertRole(actor, WINDOW_ROLES);
  const rows = await db.application.findMany({
    where: { AND: [visibleApplications(actor), { status: 'ACCEPTED', version: { handlingClass: 'IMMEDIATE' }, tasks: { none: {} } }] },
    orderBy: { acceptedAt: 'asc' },
    take: 100,
    select: {
      id: true,
      receiptNumber: true,
      applicantName: true,
      acceptedAt: true,
      version: { select: { name: true, resultName: true, resultCertificate: true } },
      immediateDecisions: {
        orderBy: { proposedAt: 'desc' },
        take: 1,
        select: { id: true, status: true, decision: true, opinion: true, proposedById: true, proposedAt: true, reviewNote: true },
      },
    },
  });
  const proposers = await db.user.findMany({
    where: { id: { in: rows.flatMap((r) => r.immediateDecisions.map((d) => d.proposedById)) } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(proposers.map((u) => [u.id, u.name]));
  return rows.map(({ version, immediateDecisions, ...a }) => {
    const last = immediateDecisions[0];
    return {
      ...a,
      itemName: version.name,
      resultName: version.resultName,
      yieldsCertificate: version.resultCertificate != null,
      proposal: last ? { ...last, proposedByName: nameOf.get(last.proposedById) ?? '', mine: last.proposedById === actor.id } : null,
    };
  });
}
