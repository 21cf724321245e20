import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { itemHeadSelect } from './item-head';

/**
 * A catalog item no longer offered (cancelled, merged or split), by its basic
 * code, with the items that replaced it; null when the code is unknown or the
 * item is still offered. A cancelled item may have a bundle as successor. Old links and bookmarks lead applicants on from here.
 */
export const getRetiredItem = cache(async function getRetiredItem(code: string) {
  const item = await db.serviceItem.findUnique({
    where: { basicCode: code },
    select: {
      ...itemHeadSelect,
      versions: { where: { status: 'RETIRED' }, orderBy: { version: 'desc' }, take: 1, select: { name: true } },
      successors: { orderBy: { createdAt: 'asc' }, select: { kind: true, toItem: { select: { basicCode: true, name: true } } } },
      successorBundle: { select: { code: true, name: true } },
    },
  });
  if (!item || item.status === 'ACTIVE') return null;
  return {
    code: item.basicCode,
    name: item.versions[0]?.name ?? item.name,
    status: item.status,
    successors: item.successors.map((s) => ({ kind: s.kind, code: s.toItem.basicCode, name: s.toItem.name })),
    // Replaced by a bundle (一件事): applied for there now.
    bundle: item.successorBundle,
  };
});
