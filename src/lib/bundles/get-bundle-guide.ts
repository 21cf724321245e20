import 'server-only';
import { cache } from 'react';
import { formFieldsOf } from '@/lib/catalog/form-fields';
import { db } from '@/lib/db';
import { bundleHeadSelect, publishedMembersSelect } from './bundle-selects';

/**
 * The published guide of a bundle by its code, with each member's published
 * guide data (department, fee, limits, materials, form fields); null when the
 * bundle has no published version. A member without a published version (it
 * was cancelled since) is left out and flagged.
 */
export const getBundleGuide = cache(async function getBundleGuide(code: string) {
  const version = await db.bundleVersion.findFirst({
    where: { bundle: { code }, status: 'PUBLISHED' },
    select: {
      id: true,
      version: true,
      ...bundleHeadSelect,
      leadDepartment: { select: { name: true, region: { select: { name: true } } } },
      members: publishedMembersSelect({
        id: true,
        name: true,
        fee: true,
        statutoryLimitDays: true,
        promisedLimitDays: true,
        onlineDepth: true,
        resultName: true,
        resultCertificate: true,
        formFields: true,
        department: { select: { id: true, name: true, region: { select: { name: true } } } },
        materials: {
          orderBy: { sort: 'asc' },
          select: { id: true, name: true, form: true, copies: true, required: true, note: true, certificateType: true },
        },
      }),
    },
  });
  if (!version) return null;
  const members = version.members.flatMap((m) => {
    const v = m.item.versions[0];
    if (!v) return [];
    return [
      {
        code: m.item.basicCode,
        applicability: m.applicability,
        situations: m.situations,
        dependsOn: m.dependsOn,
        versionId: v.id,
        name: v.name,
        fee: v.fee,
        statutoryLimitDays: v.statutoryLimitDays,
        promisedLimitDays: v.promisedLimitDays,
        onlineDepth: v.onlineDepth,
        resultName: v.resultName,
        resultCertificate: v.resultCertificate,
        departmentId: v.department.id,
        department: `${v.department.region.name}${v.department.name}`,
        materials: v.materials,
        fields: formFieldsOf(v.formFields),
      },
    ];
  });
  return {
    id: version.id,
    version: version.version,
    code: version.bundle.code,
    name: version.name,
    lifeEvent: version.lifeEvent,
    promisedLimitDays: version.promisedLimitDays,
    situations: version.situations,
    description: version.description,
    leadDepartment: `${version.leadDepartment.region.name}${version.leadDepartment.name}`,
    members,
    incomplete: members.length !== version.members.length,
  };
});
export type BundleGuide = NonNullable<Awaited<ReturnType<typeof getBundleGuide>>>;
