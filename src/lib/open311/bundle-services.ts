import 'server-only';
import { bundleHeadSelect, publishedMembersSelect } from '@/lib/bundles/bundle-selects';
import { getBundleGuide, type BundleGuide } from '@/lib/bundles/get-bundle-guide';
import { tailorBundle } from '@/lib/bundles/rules';
import { choicesAttribute, fieldAttribute, materialAttribute, type Open311Attribute, type Open311Definition, type Open311Service } from '@/lib/catalog/open311';
import { db } from '@/lib/db';

// Bundles (一件事, docs/bundles.md) in Open311 GeoReport v2 beside the items:
// service_code is the bundle's code, and a request about it becomes a question
// to the bundle's lead department (docs/integration.md).

type Label = (key: string, values?: Record<string, string | number>) => string;

/** The published bundles as service list entries (after the items). */
export async function listOpen311Bundles(label: Label): Promise<Open311Service[]> {
  const versions = await db.bundleVersion.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: { bundle: { code: 'asc' } },
    select: {
      ...bundleHeadSelect,
      leadDepartment: { select: { name: true, region: { select: { name: true } } } },
      members: publishedMembersSelect({ name: true }),
    },
  });
  return versions.map((v) => {
    const members = v.members.flatMap((m) => m.item.versions.map((x) => x.name));
    return {
      service_code: v.bundle.code,
      service_name: v.name,
      description: [
        label('catalogPublic.open311.bundle', {
          lead: `${v.leadDepartment.region.name}${v.leadDepartment.name}`,
          count: members.length,
          members: members.join('、'),
        }),
        label('catalogPublic.open311.promised', { days: v.promisedLimitDays }),
      ].join('；'),
      metadata: true,
      type: 'batch',
      keywords: ['一件事', v.lifeEvent].join(','),
      group: v.lifeEvent,
    };
  });
}

/**
 * A bundle's service definition: its situations and its optional members to
 * choose, then ONE list of the materials of every member that may apply (each
 * distinct material once, as the guide lists them) and ONE set of form
 * fields. A material or field is required only when an ALWAYS member needs it.
 */
function open311BundleDefinition(guide: Pick<BundleGuide, 'code' | 'situations' | 'members'>, label: Label): Open311Definition {
  const attributes: Open311Attribute[] = [];
  const optional = guide.members.filter((m) => m.applicability === 'OPTIONAL');
  if (guide.situations.length)
    attributes.push(
      choicesAttribute('situations', {
        order: attributes.length + 1,
        datatypeDescription: label('catalogPublic.open311.situationsType'),
        description: label('catalogPublic.open311.bundleSituations'),
        values: guide.situations.map((s) => ({ key: s, name: s })),
      }),
    );
  if (optional.length)
    attributes.push(
      choicesAttribute('optional_members', {
        order: attributes.length + 1,
        datatypeDescription: label('catalogPublic.open311.optionalMembersType'),
        description: label('catalogPublic.open311.optionalMembers'),
        values: optional.map((m) => ({ key: m.code, name: m.name })),
      }),
    );
  // Everything that may apply: every situation and every optional member chosen.
  const all = tailorBundle(guide.members, { situations: guide.situations, optional: optional.map((m) => m.code) });
  const always = new Set(guide.members.filter((m) => m.applicability === 'ALWAYS').map((m) => m.code));
  all.materials.forEach((m, i) => {
    const description = [m.name, label('catalogPublic.open311.usedBy', { members: m.uses.map((u) => u.memberName).join('、') })].join('；');
    attributes.push(
      materialAttribute(m, { index: i, order: attributes.length + 1, required: m.uses.some((u) => always.has(u.memberCode)), description }, label),
    );
  });
  const requiredKeys = new Set(all.members.filter((m) => always.has(m.code)).flatMap((m) => m.fields.filter((f) => f.required).map((f) => f.key)));
  for (const f of [...all.form.shared, ...all.form.byMember.flatMap((m) => m.fields)])
    attributes.push(fieldAttribute(f, { order: attributes.length + 1, required: requiredKeys.has(f.key) }, label));
  return { service_code: guide.code, attributes };
}

/** The definition of a published bundle by its code; null when there is none. */
export async function getOpen311BundleDefinition(code: string, label: Label) {
  const guide = await getBundleGuide(code);
  return guide ? open311BundleDefinition(guide, label) : null;
}

/**
 * Where a question about a bundle goes: the member item run by the bundle's
 * lead department (its reviewers answer questions of their items), so the
 * question reaches that department; without such a member, the window.
 */
export async function bundleInquiryTarget(code: string) {
  const version = await db.bundleVersion.findFirst({
    where: { bundle: { code }, status: 'PUBLISHED' },
    select: {
      name: true,
      leadDepartmentId: true,
      members: {
        orderBy: { sort: 'asc' },
        select: { item: { select: { id: true, name: true, versions: { where: { status: 'PUBLISHED' }, take: 1, select: { departmentId: true } } } } },
      },
    },
  });
  if (!version) return null;
  const lead = version.members.find((m) => m.item.versions[0]?.departmentId === version.leadDepartmentId);
  return { name: version.name, item: lead ? { id: lead.item.id, name: lead.item.name, departmentId: version.leadDepartmentId } : null };
}
