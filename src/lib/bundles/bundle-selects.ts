import 'server-only';
import type { Prisma } from '@/generated/prisma/client';

/** What a bundle version says of itself, the same in its guide, its document, the open-data list and Open311. */
export const bundleHeadSelect = {
  name: true,
  lifeEvent: true,
  promisedLimitDays: true,
  situations: true,
  description: true,
  bundle: { select: { code: true } },
} as const satisfies Prisma.BundleVersionSelect;

/** What the bundle rules (rules.ts) need of a member: when it applies and what it waits for. */
export const memberRuleSelect = { applicability: true, situations: true, dependsOn: true } as const satisfies Prisma.BundleMemberSelect;

/**
 * A bundle's members in their order, each with what the rules need and its
 * item's published version (`version` says what of it); a member whose item
 * has none now (cancelled since) comes with an empty list.
 */
export function publishedMembersSelect<const S extends Prisma.ServiceItemVersionSelect>(version: S) {
  return {
    orderBy: { sort: 'asc' },
    select: { ...memberRuleSelect, item: { select: { basicCode: true, versions: { where: { status: 'PUBLISHED' }, take: 1, select: version } } } },
  } as const satisfies Prisma.BundleVersion$membersArgs;
}
