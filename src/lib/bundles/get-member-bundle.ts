import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { ApplicationStatus, Decision } from '@/generated/prisma/enums';

type BundleRow = {
  receiptNumber: string | null;
  name: string;
  members: { id: string; status: ApplicationStatus; decision: Decision | null; receiptNumber: string | null; name: string; department: string }[];
};

/**
 * For a reviewer's task: the bundle its case belongs to and the other members'
 * states (not their files), or null outside a bundle. Only a department with a
 * task on the case sees it.
 */
export async function getMemberBundle(actor: Actor, applicationId: string) {
  if (!DEPARTMENT_ROLES.includes(actor.role) || !actor.departmentId) return null;
  // One statement (the task page reads it on every view), members in the order Prisma read them: the bundle's index order.
  const [c] = await db.$queryRaw<BundleRow[]>`
    SELECT b."receiptNumber", bv.name,
      (SELECT json_agg(json_build_object('id', m.id, 'status', m.status, 'decision', m.decision, 'receiptNumber', m."receiptNumber",
          'name', (SELECT v.name FROM "ServiceItemVersion" v WHERE v.id = m."versionId"),
          'department', (SELECT d.name FROM "ServiceItemVersion" v JOIN "Department" d ON d.id = v."departmentId" WHERE v.id = m."versionId")))
        FROM "Application" m WHERE m."bundleCaseId" = b.id) AS members
    FROM "Application" a JOIN "BundleCase" b ON b.id = a."bundleCaseId" JOIN "BundleVersion" bv ON bv.id = b."bundleVersionId"
    WHERE a.id = ${applicationId} AND EXISTS (SELECT 1 FROM "DepartmentTask" t WHERE t."applicationId" = a.id AND t."departmentId" = ${actor.departmentId})`;
  if (!c) return null;
  return {
    name: c.name,
    receiptNumber: c.receiptNumber,
    members: c.members.map((m) => ({
      id: m.id,
      self: m.id === applicationId,
      name: m.name,
      department: m.department,
      status: m.status,
      decision: m.decision,
      receiptNumber: m.receiptNumber,
    })),
  };
}
