import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { toDocument, versionDocumentSelect } from './version-document';

/**
 * What the merge and split pages offer for an active, published item: its
 * current guide (name, codes, situations to divide) and the other active
 * published items it may be merged with.
 */
export async function getSuccessionChoices(actor: Actor, itemId: string) {
  assertRole(actor, ['ADMIN']);
  const [item, others] = await Promise.all([
    db.serviceItem.findUnique({
      where: { id: itemId },
      select: { id: true, status: true, versions: { where: { status: 'PUBLISHED' }, take: 1, select: versionDocumentSelect } },
    }),
    db.serviceItem.findMany({
      where: { id: { not: itemId }, status: 'ACTIVE', versions: { some: { status: 'PUBLISHED' } } },
      orderBy: { basicCode: 'asc' },
      select: {
        id: true,
        basicCode: true,
        versions: {
          where: { status: 'PUBLISHED' },
          take: 1,
          select: { name: true, department: { select: { name: true, region: { select: { name: true } } } } },
        },
      },
    }),
  ]);
  const published = item?.versions[0];
  if (!item || item.status !== 'ACTIVE' || !published) throw new AppError('NOT_FOUND');
  return {
    id: item.id,
    document: toDocument(published),
    candidates: others.map((o) => ({
      id: o.id,
      basicCode: o.basicCode,
      name: o.versions[0]!.name,
      department: `${o.versions[0]!.department.region.name}${o.versions[0]!.department.name}`,
    })),
  };
}
