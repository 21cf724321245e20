import 'server-only';
import type { Role } from '@/generated/prisma/enums';
import type { Actor } from '@/lib/auth/actor';
import type { Tx } from '@/lib/db';

/** Who may write in a case's conversation: the applicant and the staff handling cases; supervision only reads. */
const CONVERSATION_ROLES: Role[] = ['APPLICANT', 'CLERK', 'WINDOW_LEAD', 'REVIEWER', 'DEPT_HEAD'];

export function mayWrite(actor: Actor): boolean {
  return CONVERSATION_ROLES.includes(actor.role);
}

/**
 * The staff an applicant's message goes to: the departments with an open task
 * on the case; when no department holds it (before acceptance, in correction,
 * after the decision) the window that took it in, else every window clerk.
 */
export async function staffRecipients(tx: Tx, application: { id: string; windowId: string | null }): Promise<{ ids: string[]; link: string }> {
  const departments = await tx.departmentTask.findMany({
    where: { applicationId: application.id, status: 'OPEN' },
    select: { departmentId: true },
  });
  if (departments.length > 0) {
    const users = await tx.user.findMany({
      where: { active: true, role: { in: ['REVIEWER', 'DEPT_HEAD'] }, departmentId: { in: departments.map((d) => d.departmentId) } },
      select: { id: true },
    });
    return { ids: users.map((u) => u.id), link: `/review/messages/${application.id}` };
  }
  const users = await tx.user.findMany({
    where: { active: true, role: { in: ['CLERK', 'WINDOW_LEAD'] }, ...(application.windowId ? { windowId: application.windowId } : {}) },
    select: { id: true },
  });
  return { ids: users.map((u) => u.id), link: `/desk/messages/${application.id}` };
}
