import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record-audit';
import type { ItemVersionDocument } from './schemas';
import { writeVersion } from './version-document';

/** A new item starts as draft version 1; nothing is public until it is published. */
export async function createServiceItem(actor: Actor, doc: ItemVersionDocument, now = new Date()) {
  assertRole(actor, ['ADMIN']);
  return db.$transaction(async (tx) => {
    const taken = await tx.serviceItem.findUnique({ where: { basicCode: doc.basicCode }, select: { id: true } });
    if (taken) throw new AppError('INVALID_INPUT', { fieldErrors: { basicCode: ['codeTaken'] } });
    const item = await tx.serviceItem.create({ data: { basicCode: doc.basicCode, name: doc.name, createdAt: now }, select: { id: true } });
    const versionId = await writeVersion(tx, { itemId: item.id, version: 1, status: 'DRAFT' }, doc);
    await recordAudit(tx, { actor, entity: 'ServiceItem', entityId: item.id, action: 'create', to: 'ACTIVE', data: { basicCode: doc.basicCode } });
    await recordAudit(tx, { actor, entity: 'ServiceItemVersion', entityId: versionId, action: 'create-draft', to: 'DRAFT', data: { version: 1 } });
    return { itemId: item.id, versionId };
  });
}
