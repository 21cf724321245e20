import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { afterKeyset, keysetResult, parseKeyset, type KeysetPage } from '@/lib/paging';
import { occasionOpen } from './rate-service';
import { INDICATORS } from './schemas';

/**
 * The applicant's service occasions, a page of cases at a time (newest case
 * first, keyset on createdAt): those rated (with the rectification's progress
 * and outcome) and those still waiting for a rating. One case gives up to two
 * rows (intake, conclusion).
 */
export async function listMyRatingsPage(actor: Actor, page: KeysetPage = {}, filter: { applicationId?: string } = {}) {
  assertRole(actor, ['APPLICANT']);
  const take = page.take ?? 20;
  const cursor = parseKeyset(page.after);
  const found = await db.application.findMany({
    where: {
      applicantId: actor.id,
      status: { not: 'DRAFT' },
      acceptedAt: { not: null },
      ...(filter.applicationId ? { id: filter.applicationId } : {}),
      ...afterKeyset<Prisma.ApplicationWhereInput>('createdAt', cursor, 'desc'),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: take + 1,
    select: {
      id: true,
      channel: true,
      createdAt: true,
      acceptedAt: true,
      decidedAt: true,
      receiptNumber: true,
      version: { select: { name: true } },
      evaluations: {
        select: {
          id: true,
          occasion: true,
          overall: true,
          comment: true,
          createdAt: true,
          rectification: { select: { status: true, closedAt: true, outcome: true, reviewNote: true, dueAt: true } },
        },
      },
    },
  });
  const { rows: applications, next } = keysetResult(found, take, (a) => a.createdAt);
  const rows = applications.flatMap((a) =>
    (['INTAKE', 'CONCLUSION'] as const)
      .filter((occasion) => occasionOpen(occasion, a))
      .map((occasion) => {
        const evaluation = a.evaluations.find((e) => e.occasion === occasion) ?? null;
        return {
          applicationId: a.id,
          receiptNumber: a.receiptNumber,
          itemName: a.version.name,
          occasion,
          indicators: [...INDICATORS[a.channel]],
          evaluation,
        };
      }),
  );
  return { rows, next };
}

/** One case's occasions (its rating panel), or the first 100 cases' (the tests). */
export async function listMyRatings(actor: Actor, filter: { applicationId?: string } = {}) {
  return (await listMyRatingsPage(actor, { take: 100 }, filter)).rows;
}
