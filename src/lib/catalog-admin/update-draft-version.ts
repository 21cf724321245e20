import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record-audit';
import type { ItemVersionDocument } from './schemas';
import { writeVersion } from './version-document';
import { versionActions } from './version-rules';

/** Only a draft can change; a published or retired version is a record of what applied. */
export async function updateDraftVersion(actor: Actor, input: { versionId: string; document: ItemVersionDocument }, now = new Date()) {
  assertRole(actor, ['ADMIN']);
  return db.$transaction(async (tx) => {
    const version = await tx.serviceItemVersion.findUnique({
      where: { id: input.versionId },
      select: { id: true, status: true, item: { select: { basicCode: true, status: true } } },
    });
    if (!version) throw new AppError('NOT_FOUND');
    if (!versionActions({ status: version.status, itemStatus: version.item.status }).edit) throw new AppError('INVALID_TRANSITION');
    // The basic code names the item itself; a new code is a new item (or a split).
    if (input.document.basicCode !== version.item.basicCode) throw new AppError('INVALID_INPUT', { fieldErrors: { basicCode: ['basicCodeFixed'] } });
    await writeVersion(tx, { versionId: version.id }, input.document);
    await recordAudit(tx, { actor, entity: 'ServiceItemVersion', entityId: version.id, action: 'update-draft', data: { at: now.toISOString() } });
    return { versionId: version.id };
  });
}
