import 'server-only';
import { db } from '@/lib/db';
import { itemHeadSelect } from './item-head';

/**
 * The public history of an item: its published and retired versions, newest
 * first (drafts are not public). null when the item does not exist or never had a public version.
 */
export async function listServiceVersions(code: string) {
  const item = await db.serviceItem.findUnique({
    where: { basicCode: code },
    select: {
      ...itemHeadSelect,
      versions: {
        where: { status: { in: ['PUBLISHED', 'RETIRED'] } },
        orderBy: { version: 'desc' },
        select: {
          version: true,
          status: true,
          effectiveFrom: true,
          createdAt: true,
          name: true,
          implementationCode: true,
          level: true,
          type: true,
          handlingClass: true,
          promisedLimitDays: true,
          statutoryLimitDays: true,
          onlineDepth: true,
          department: { select: { code: true, name: true } },
        },
      },
    },
  });
  if (!item || item.versions.length === 0) return null;
  return {
    code: item.basicCode,
    name: item.name,
    status: item.status,
    versions: item.versions.map(({ department, ...v }) => ({ ...v, department: department.name, departmentCode: department.code })),
  };
}
