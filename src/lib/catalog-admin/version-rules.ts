// What the admin may do with a version (pure: the use cases enforce it and the pages ask it, so a button is never offered that the domain would refuse).
import type { ItemStatus, VersionStatus } from '@/generated/prisma/enums';

export type VersionState = { status: VersionStatus; itemStatus: ItemStatus };

/**
 * Only a draft of an active item changes or is published: published and retired
 * versions are the record of what applied, and a cancelled, merged or split item
 * takes no new rules (a draft may outlive it when applications point at it).
 */
export function versionActions(v: VersionState) {
  const open = v.status === 'DRAFT' && v.itemStatus === 'ACTIVE';
  return { edit: open, publish: open };
}
