import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { occasionOpen } from './rate-service';
import { INDICATORS } from './schemas';

/**
 * The applicant's service occasions: those rated (with the rectification's
 * progress and outcome) and those still waiting for a rating.
 */
export async function listMyRatings(actor: Actor, filter: { applicationId?: string } = {}) {
  assertRole(actor, ['APPLICANT']);
  const applications = await db.application.findMany({
    where: { applicantId: actor.id, status: { not: 'DRAFT' }, acceptedAt: { not: null }, ...(filter.applicationId ? { id: filter.applicationId } : {}) },
    orderBy: { acceptedAt: 'desc' },
    select: {
      id: true,
      channel: true,
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
  return applications.flatMap((a) =>
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
}
