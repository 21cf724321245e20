import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { DEPARTMENT_ROLES, WINDOW_ROLES } from '@/lib/auth/actor';
import { visibleApplications } from '@/lib/applications/access';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * Cases with applicant messages no one has answered yet, oldest question first.
 * A department sees the cases it holds an open task on; the window sees the
 * cases no department holds (before acceptance, in correction, after the decision).
 */
export async function listUnansweredMessages(actor: Actor) {
  const inDepartment = DEPARTMENT_ROLES.includes(actor.role);
  if (!inDepartment && !WINDOW_ROLES.includes(actor.role)) throw new AppError('NOT_FOUND');
  const held = inDepartment
    ? { tasks: { some: { departmentId: actor.departmentId ?? '-', status: 'OPEN' as const } } }
    : { tasks: { none: { status: 'OPEN' as const } } };
  const applications = await db.application.findMany({
    where: { AND: [visibleApplications(actor), held, { messages: { some: { fromApplicant: true, answeredAt: null } } }] },
    select: {
      id: true,
      receiptNumber: true,
      applicantName: true,
      status: true,
      version: { select: { name: true } },
      messages: {
        where: { fromApplicant: true, answeredAt: null },
        orderBy: { createdAt: 'asc' },
        select: { body: true, createdAt: true },
      },
    },
  });
  return applications
    .map(({ version, messages, ...a }) => ({
      ...a,
      itemName: version.name,
      waiting: messages.length,
      since: messages[0].createdAt,
      latest: messages[messages.length - 1].body,
    }))
    .sort((x, y) => x.since.getTime() - y.since.getTime());
}
