import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** The applicant's unfinished applications, last edited first, to continue or throw away. */
export async function listMyDrafts(actor: Actor) {
  assertRole(actor, ['APPLICANT']);
  const rows = await db.application.findMany({
    where: { applicantId: actor.id, status: 'DRAFT' },
    orderBy: { updatedAt: 'desc' },
    take: 50,
    select: { id: true, updatedAt: true, version: { select: { name: true, item: { select: { basicCode: true } }, department: { select: { name: true } } } } },
  });
  return rows.map(({ version, ...r }) => ({ ...r, itemName: version.name, itemCode: version.item.basicCode, department: version.department.name }));
}
