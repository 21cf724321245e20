import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';

/**
 * Which applications an actor may see, as a query filter: an applicant their
 * own, a department the cases one of its tasks was opened for, the window and
 * supervision all. Whatever falls outside is "not found".
 *
 * A department's access rests on the stored fact that its task was opened
 * (`openedAt`, set by open-stage.ts), never on the task's status: a later
 * stage's task cancelled while still waiting (a denial at stage 1) was never
 * the department's work. The admin maintains the catalog and has no case
 * work, so sees no case (least privilege, docs/security.md V8).
 */
export function visibleApplications(actor: Actor): Prisma.ApplicationWhereInput {
  switch (actor.role) {
    case 'APPLICANT':
      return { applicantId: actor.id, status: { not: 'DRAFT' } };
    case 'REVIEWER':
    case 'DEPT_HEAD':
      return { tasks: { some: { departmentId: actor.departmentId ?? '-', openedAt: { not: null } } } };
    case 'CLERK':
    case 'WINDOW_LEAD':
    case 'SUPERVISOR':
      return { status: { not: 'DRAFT' } };
    case 'ADMIN':
      return { id: { in: [] } };
  }
}

/**
 * The same rule as `visibleApplications`, as a SQL condition on the case
 * aliased `a`, for the pages that read a case in one `$queryRaw`
 * (get-application.ts). tests/db/visible-applications-sql.test.ts holds the
 * two to the same cases for every role.
 */
export function visibleApplicationsSql(actor: Actor): Prisma.Sql {
  switch (actor.role) {
    case 'APPLICANT':
      return Prisma.sql`(a."applicantId" = ${actor.id} AND a.status <> 'DRAFT')`;
    case 'REVIEWER':
    case 'DEPT_HEAD':
      return Prisma.sql`EXISTS (SELECT 1 FROM "DepartmentTask" vt
        WHERE vt."applicationId" = a.id AND vt."departmentId" = ${actor.departmentId ?? '-'} AND vt."openedAt" IS NOT NULL)`;
    case 'CLERK':
    case 'WINDOW_LEAD':
    case 'SUPERVISOR':
      return Prisma.sql`a.status <> 'DRAFT'`;
    case 'ADMIN':
      return Prisma.sql`FALSE`;
  }
}
