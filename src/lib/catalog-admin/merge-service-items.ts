import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record-audit';
import { retireItem } from './retire-item';
import type { ItemVersionDocument } from './schemas';
import { writeVersion } from './version-document';

/** 合并: several items become one new published item; each old one points to it. */
export async function mergeServiceItems(actor: Actor, input: { itemIds: string[]; target: ItemVersionDocument; reason: string }, now = new Date()) {
  assertRole(actor, ['ADMIN']);
  const itemIds = [...new Set(input.itemIds)];
  if (itemIds.length < 2) throw new AppError('INVALID_INPUT', { fieldErrors: { itemIds: ['mergeNeedsTwo'] } });
  return db.$transaction(async (tx) => {
    const items = await tx.serviceItem.findMany({ where: { id: { in: itemIds } }, select: { id: true, status: true } });
    if (items.length !== itemIds.length) throw new AppError('NOT_FOUND');
    if (items.some((i) => i.status !== 'ACTIVE')) throw new AppError('INVALID_TRANSITION');
    if (await tx.serviceItem.findUnique({ where: { basicCode: input.target.basicCode }, select: { id: true } })) {
      throw new AppError('INVALID_INPUT', { fieldErrors: { 'target.basicCode': ['codeTaken'] } });
    }
    const merged = await tx.serviceItem.create({ data: { basicCode: input.target.basicCode, name: input.target.name, createdAt: now }, select: { id: true } });
    const versionId = await writeVersion(tx, { itemId: merged.id, version: 1, status: 'PUBLISHED', effectiveFrom: now }, input.target);
    for (const id of itemIds) {
      await retireItem(tx, actor, id, 'MERGED', input.reason, { mergedInto: merged.id });
      await tx.serviceItemSuccession.create({ data: { kind: 'MERGE', fromItemId: id, toItemId: merged.id, createdAt: now } });
    }
    await recordAudit(tx, {
      actor,
      entity: 'ServiceItem',
      entityId: merged.id,
      action: 'merge',
      to: 'ACTIVE',
      reason: input.reason,
      data: { mergedFrom: itemIds, versionId },
    });
    return { itemId: merged.id, versionId };
  });
}
