import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/**
 * The applicant's unfinished applications, last edited first, to continue or throw away.
 * One statement in SQL (item, its code and department joined): /me reads it on every visit.
 */
export async function listMyDrafts(actor: Actor) {
  assertRole(actor, ['APPLICANT']);
  return db.$queryRaw<{ id: string; updatedAt: Date; itemName: string; itemCode: string; department: string }[]>`
    SELECT a.id, a."updatedAt", v.name AS "itemName", i."basicCode" AS "itemCode", d.name AS department
    FROM "Application" a
    JOIN "ServiceItemVersion" v ON v.id = a."versionId"
    JOIN "ServiceItem" i ON i.id = v."itemId"
    JOIN "Department" d ON d.id = v."departmentId"
    WHERE a."applicantId" = ${actor.id} AND a.status = 'DRAFT'
    ORDER BY a."updatedAt" DESC
    LIMIT 50`;
}
