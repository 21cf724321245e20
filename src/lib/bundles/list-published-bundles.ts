import 'server-only';
import { db } from '@/lib/db';
import { bundleHeadSelect, publishedMembersSelect } from './bundle-selects';

/** Published bundles with their members, for the open-data API. */
export async function listPublishedBundles() {
  const rows = await db.bundleVersion.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: { bundle: { code: 'asc' } },
    select: {
      version: true,
      ...bundleHeadSelect,
      leadDepartment: { select: { name: true } },
      members: publishedMembersSelect({ name: true, promisedLimitDays: true, statutoryLimitDays: true, department: { select: { name: true } } }),
    },
  });
  return rows.map((r) => ({
    code: r.bundle.code,
    version: r.version,
    name: r.name,
    lifeEvent: r.lifeEvent,
    leadDepartment: r.leadDepartment.name,
    promisedLimitDays: r.promisedLimitDays,
    situations: r.situations,
    members: r.members.map((m) => ({
      code: m.item.basicCode,
      name: m.item.versions[0]?.name ?? null,
      department: m.item.versions[0]?.department.name ?? null,
      promisedLimitDays: m.item.versions[0]?.promisedLimitDays ?? null,
      statutoryLimitDays: m.item.versions[0]?.statutoryLimitDays ?? null,
      applicability: m.applicability,
      situations: m.situations,
      dependsOn: m.dependsOn,
    })),
  }));
}
