import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/**
 * For a reviewer's task: the bundle its case belongs to and the other members'
 * states (not their files), or null outside a bundle. Only a department with a
 * task on the case sees it.
 */
export async function getMemberBundle(actor: Actor, applicationId: string) {
  if (!DEPARTMENT_ROLES.includes(actor.role) || !actor.departmentId) return null;
  const application = await db.application.findFirst({
    where: { id: applicationId, tasks: { some: { departmentId: actor.departmentId } } },
    select: {
      bundleCase: {
        select: {
          receiptNumber: true,
          bundleVersion: { select: { name: true } },
          members: {
            select: {
              id: true,
              status: true,
              decision: true,
              receiptNumber: true,
              version: { select: { name: true, department: { select: { name: true } } } },
            },
          },
        },
      },
    },
  });
  const c = application?.bundleCase;
  if (!c) return null;
  return {
    name: c.bundleVersion.name,
    receiptNumber: c.receiptNumber,
    members: c.members.map((m) => ({
      id: m.id,
      self: m.id === applicationId,
      name: m.version.name,
      department: m.version.department.name,
      status: m.status,
      decision: m.decision,
      receiptNumber: m.receiptNumber,
    })),
  };
}
