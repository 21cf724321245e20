import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { toDocument, versionDocumentSelect } from './version-document';

/** One version as the edit form shows it, with the departments it may choose from. */
export async function getVersionForEdit(actor: Actor, versionId: string) {
  assertRole(actor, ['ADMIN']);
  const [version, departments] = await Promise.all([
    db.serviceItemVersion.findUnique({
      where: { id: versionId },
      select: { ...versionDocumentSelect, id: true, version: true, status: true, itemId: true, item: { select: { basicCode: true, status: true } } },
    }),
    db.department.findMany({
      orderBy: [{ region: { level: 'asc' } }, { code: 'asc' }],
      select: { code: true, name: true, region: { select: { name: true, level: true } } },
    }),
  ]);
  if (!version) throw new AppError('NOT_FOUND');
  return {
    id: version.id,
    itemId: version.itemId,
    version: version.version,
    status: version.status,
    itemStatus: version.item.status,
    document: toDocument(version),
    departments: departments.map((d) => ({ code: d.code, name: `${d.region.name} ${d.name}` })),
  };
}
