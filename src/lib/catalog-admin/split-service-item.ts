import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record-audit';
import { retireItem } from './retire-item';
import type { ItemVersionDocument } from './schemas';
import { writeVersion } from './version-document';

/** 拆分: one item becomes several new published items, each pointing back to it. */
export async function splitServiceItem(actor: Actor, input: { itemId: string; parts: ItemVersionDocument[]; reason: string }, now = new Date()) {
  assertRole(actor, ['ADMIN']);
  if (input.parts.length < 2) throw new AppError('INVALID_INPUT', { fieldErrors: { parts: ['splitNeedsTwo'] } });
  return db.$transaction(async (tx) => {
    const item = await tx.serviceItem.findUnique({ where: { id: input.itemId }, select: { status: true } });
    if (!item) throw new AppError('NOT_FOUND');
    if (item.status !== 'ACTIVE') throw new AppError('INVALID_TRANSITION');
    const fieldErrors: Record<string, string[]> = {};
    const codes = input.parts.map((p) => p.basicCode);
    const taken = await tx.serviceItem.findMany({ where: { basicCode: { in: codes } }, select: { basicCode: true } });
    codes.forEach((c, i) => {
      if (taken.some((t) => t.basicCode === c) || codes.indexOf(c) !== i) fieldErrors[`parts.${i}.basicCode`] = ['codeTaken'];
    });
    if (Object.keys(fieldErrors).length) throw new AppError('INVALID_INPUT', { fieldErrors });
    const parts: { itemId: string; versionId: string }[] = [];
    for (const part of input.parts) {
      const created = await tx.serviceItem.create({ data: { basicCode: part.basicCode, name: part.name, createdAt: now }, select: { id: true } });
      const versionId = await writeVersion(tx, { itemId: created.id, version: 1, status: 'PUBLISHED', effectiveFrom: now }, part);
      await tx.serviceItemSuccession.create({ data: { kind: 'SPLIT', fromItemId: input.itemId, toItemId: created.id, createdAt: now } });
      await recordAudit(tx, {
        actor,
        entity: 'ServiceItem',
        entityId: created.id,
        action: 'split-from',
        to: 'ACTIVE',
        reason: input.reason,
        data: { splitFrom: input.itemId, versionId },
      });
      parts.push({ itemId: created.id, versionId });
    }
    await retireItem(tx, actor, input.itemId, 'SPLIT', input.reason, { splitInto: parts.map((p) => p.itemId) });
    return { parts };
  });
}
