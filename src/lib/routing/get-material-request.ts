import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** The department's open request for more material on the applicant's own case, or null. */
export async function getMaterialRequest(actor: Actor, applicationId: string) {
  if (actor.role !== 'APPLICANT') return null;
  const request = await db.suspension.findFirst({
    where: { applicationId, kind: 'AWAITING_APPLICANT', endedAt: null, application: { applicantId: actor.id, status: 'SUSPENDED' } },
    orderBy: { startedAt: 'desc' },
    select: { id: true, reason: true, startedAt: true, expectedEndAt: true, task: { select: { department: { select: { name: true } } } } },
  });
  if (!request) return null;
  const { task, ...rest } = request;
  return { ...rest, department: task?.department.name ?? null };
}
