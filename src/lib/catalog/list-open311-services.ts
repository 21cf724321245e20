import 'server-only';
import { db } from '@/lib/db';

/** Every published service, with what the Open311 service list shows of it. */
export async function listOpen311Services() {
  const versions = await db.serviceItemVersion.findMany({
    where: { status: 'PUBLISHED', item: { status: 'ACTIVE' } },
    orderBy: { item: { basicCode: 'asc' } },
    select: {
      name: true,
      type: true,
      handlingClass: true,
      promisedLimitDays: true,
      keywords: true,
      lifeEvents: true,
      resultName: true,
      item: { select: { basicCode: true } },
      department: { select: { name: true, region: { select: { name: true } } } },
    },
  });
  return versions.map(({ item, department, ...v }) => ({ ...v, code: item.basicCode, department: `${department.region.name}${department.name}` }));
}
