import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';

/**
 * Which applications an actor may see, as a query filter: an applicant their
 * own, a department its routed cases, the window, supervision and admin all.
 * Whatever falls outside is "not found".
 */
export function visibleApplications(actor: Actor): Prisma.ApplicationWhereInput {
  switch (actor.role) {
    case 'APPLICANT':
      return { applicantId: actor.id, status: { not: 'DRAFT' } };
    case 'REVIEWER':
    case 'DEPT_HEAD':
      return { tasks: { some: { departmentId: actor.departmentId ?? '-', status: { not: 'WAITING' } } } };
    case 'CLERK':
    case 'WINDOW_LEAD':
    case 'SUPERVISOR':
    case 'ADMIN':
      return { status: { not: 'DRAFT' } };
  }
}
