import 'server-only';
import { searchTextOf } from '@/lib/catalog/search-text';
import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { bundleHeadSelect, memberRuleSelect } from './bundle-selects';
import { checkBundleDefinition } from './rules';
import type { BundleDocument } from './schemas';

/**
 * Checks a bundle document against the catalog (members published, lead
 * department known) and the bundle rules, and returns what a version row and
 * its member rows need. Every problem is reported at once, nothing is written.
 */
export async function resolveBundleDocument(tx: Tx, doc: BundleDocument) {
  // One after the other: a transaction's connection runs one query at a time (src/lib/one-query-at-a-time.ts).
  const department = await tx.department.findUnique({ where: { code: doc.leadDepartmentCode }, select: { id: true, name: true } });
  const items = await tx.serviceItem.findMany({
    where: { basicCode: { in: doc.members.map((m) => m.itemCode) }, status: 'ACTIVE' },
    select: {
      id: true,
      basicCode: true,
      name: true,
      versions: { where: { status: 'PUBLISHED' }, select: { statutoryLimitDays: true, promisedLimitDays: true, name: true } },
    },
  });
  const published = new Map(items.flatMap((i) => (i.versions[0] ? [[i.basicCode, i.versions[0]] as const] : [])));
  const fieldErrors = checkBundleDefinition(doc, published);
  if (!department) fieldErrors.leadDepartmentCode = ['unknownDepartment'];
  if (Object.keys(fieldErrors).length > 0) throw new AppError('INVALID_INPUT', { fieldErrors });
  const itemId = new Map(items.map((i) => [i.basicCode, i.id]));
  return {
    version: {
      name: doc.name,
      lifeEvent: doc.lifeEvent,
      leadDepartmentId: department!.id,
      promisedLimitDays: doc.promisedLimitDays,
      situations: doc.situations,
      description: doc.description,
      searchText: searchTextOf({
        name: doc.name,
        keywords: [doc.lifeEvent, '一件事'],
        departments: [department!.name],
        materials: doc.members.map((m) => published.get(m.itemCode)!.name),
      }),
    },
    members: doc.members.map((m, sort) => ({
      sort,
      itemId: itemId.get(m.itemCode)!,
      applicability: m.applicability,
      situations: m.situations,
      dependsOn: m.dependsOn,
    })),
  };
}

/** The document of a stored version (edit form, export, history diffs). */
export const bundleDocumentSelect = {
  ...bundleHeadSelect,
  leadDepartment: { select: { code: true } },
  members: { orderBy: { sort: 'asc' }, select: { ...memberRuleSelect, item: { select: { basicCode: true } } } },
} as const;

export function bundleDocumentOf(v: {
  name: string;
  lifeEvent: string;
  promisedLimitDays: number;
  situations: string[];
  description: string | null;
  leadDepartment: { code: string };
  bundle: { code: string };
  members: { applicability: 'ALWAYS' | 'SITUATION' | 'OPTIONAL'; situations: string[]; dependsOn: string[]; item: { basicCode: string } }[];
}): BundleDocument {
  return {
    code: v.bundle.code,
    name: v.name,
    lifeEvent: v.lifeEvent,
    leadDepartmentCode: v.leadDepartment.code,
    promisedLimitDays: v.promisedLimitDays,
    situations: v.situations,
    description: v.description,
    members: v.members.map((m) => ({ itemCode: m.item.basicCode, applicability: m.applicability, situations: m.situations, dependsOn: m.dependsOn })),
  };
}
