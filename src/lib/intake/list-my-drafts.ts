import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** The applicant's unfinished applications, last edited first, to continue or throw away. */
export async function listMyDrafts(actor: Actor) {
  if (actor.role !== 'APPLICANT') throw new AppError('NOT_FOUND');
  const rows = await db.application.findMany({
    where: { applicantId: actor.id, status: 'DRAFT' },
    orderBy: { updatedAt: 'desc' },
    take: 50,
    select: { id: true, updatedAt: true, version: { select: { name: true, item: { select: { basicCode: true } }, department: { select: { name: true } } } } },
  });
  return rows.map(({ version, ...r }) => ({ ...r, itemName: version.name, itemCode: version.item.basicCode, department: version.department.name }));
}
