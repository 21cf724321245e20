import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { bundleDocumentOf, bundleDocumentSelect, resolveBundleDocument } from './bundle-definition';

/**
 * Publishing a bundle draft retires the published version (cases keep theirs).
 * The definition is checked again: a member may have been cancelled or
 * re-published with another limit since the draft was saved.
 */
export async function publishBundle(actor: Actor, input: { versionId: string }, now = new Date()) {
  assertRole(actor, ['ADMIN']);
  return db.$transaction(async (tx) => {
    const draft = await tx.bundleVersion.findUnique({
      where: { id: input.versionId },
      select: { id: true, bundleId: true, status: true, version: true, ...bundleDocumentSelect },
    });
    if (!draft) throw new AppError('NOT_FOUND');
    if (draft.status !== 'DRAFT') throw new AppError('INVALID_TRANSITION', { status: draft.status });
    await resolveBundleDocument(tx, bundleDocumentOf(draft));
    const old = await tx.bundleVersion.findMany({ where: { bundleId: draft.bundleId, status: 'PUBLISHED' }, select: { id: true } });
    for (const o of old) {
      await tx.bundleVersion.update({ where: { id: o.id }, data: { status: 'RETIRED' } });
      await recordAudit(tx, {
        actor,
        entity: 'BundleVersion',
        entityId: o.id,
        action: 'retire',
        from: 'PUBLISHED',
        to: 'RETIRED',
        data: { supersededBy: draft.version },
      });
    }
    const published = await tx.bundleVersion.updateMany({ where: { id: draft.id, status: 'DRAFT' }, data: { status: 'PUBLISHED', publishedAt: now } });
    if (published.count !== 1) throw new AppError('CONFLICT');
    await tx.bundle.update({ where: { id: draft.bundleId }, data: { name: draft.name } });
    await recordAudit(tx, {
      actor,
      entity: 'BundleVersion',
      entityId: draft.id,
      action: 'publish',
      from: 'DRAFT',
      to: 'PUBLISHED',
      data: { version: draft.version },
    });
    return { bundleId: draft.bundleId, versionId: draft.id };
  });
}
