import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record-audit';
import { toDocument, versionDocumentSelect, writeVersion } from './version-document';

/**
 * Editing a published item: a new DRAFT copied from the published version. The
 * published one stays what applicants see until the draft is published. An
 * item has at most one draft; asking again returns it.
 */
export async function createDraftVersion(actor: Actor, itemId: string, now = new Date()) {
  assertRole(actor, ['ADMIN']);
  return db.$transaction(async (tx) => {
    const item = await tx.serviceItem.findUnique({ where: { id: itemId }, select: { id: true, status: true } });
    if (!item) throw new AppError('NOT_FOUND');
    if (item.status !== 'ACTIVE') throw new AppError('INVALID_TRANSITION');
    const draft = await tx.serviceItemVersion.findFirst({ where: { itemId, status: 'DRAFT' }, select: { id: true } });
    if (draft) return { versionId: draft.id };
    const source = await tx.serviceItemVersion.findFirst({
      where: { itemId },
      orderBy: { version: 'desc' },
      select: { ...versionDocumentSelect, version: true },
    });
    if (!source) throw new AppError('NOT_FOUND');
    const version = source.version + 1;
    const versionId = await writeVersion(tx, { itemId, version, status: 'DRAFT' }, toDocument(source));
    await recordAudit(tx, {
      actor,
      entity: 'ServiceItemVersion',
      entityId: versionId,
      action: 'create-draft',
      to: 'DRAFT',
      data: { version, copiedFrom: source.version, at: now.toISOString() },
    });
    return { versionId };
  });
}
