import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { resolveBundleDocument } from './bundle-definition';
import { saveBundleDraftSchema } from './schemas';
import type { z } from 'zod';

/**
 * Saves a bundle's draft: without `versionId` a new bundle (code not taken) or
 * the next draft of an existing one; with it, that draft rewritten whole. The
 * definition is checked first (a cycle, a member twice or unpublished, a limit
 * above the members') and nothing is stored when it fails.
 */
export async function saveBundleDraft(actor: Actor, input: z.input<typeof saveBundleDraftSchema>) {
  assertRole(actor, ['ADMIN']);
  const { versionId, document: doc } = saveBundleDraftSchema.parse(input);
  return db.$transaction(async (tx) => {
    const resolved = await resolveBundleDocument(tx, doc);
    if (versionId) {
      const draft = await tx.bundleVersion.findUnique({
        where: { id: versionId },
        select: { id: true, status: true, bundleId: true, bundle: { select: { code: true } } },
      });
      if (!draft) throw new AppError('NOT_FOUND');
      if (draft.status !== 'DRAFT') throw new AppError('INVALID_TRANSITION', { status: draft.status });
      if (draft.bundle.code !== doc.code) throw new AppError('INVALID_INPUT', { fieldErrors: { code: ['basicCodeFixed'] } });
      await tx.bundleMember.deleteMany({ where: { bundleVersionId: draft.id } });
      await tx.bundleVersion.update({ where: { id: draft.id }, data: { ...resolved.version, members: { create: resolved.members } } });
      await recordAudit(tx, { actor, entity: 'BundleVersion', entityId: draft.id, action: 'update-draft', data: { code: doc.code } });
      return { bundleId: draft.bundleId, versionId: draft.id };
    }
    let bundle = await tx.bundle.findUnique({
      where: { code: doc.code },
      select: { id: true, versions: { orderBy: { version: 'desc' }, take: 1, select: { version: true } } },
    });
    if (bundle && (await tx.bundleVersion.count({ where: { bundleId: bundle.id, status: 'DRAFT' } })) > 0) {
      throw new AppError('INVALID_INPUT', { fieldErrors: { code: ['draftExists'] } });
    }
    bundle ??= await tx.bundle.create({ data: { code: doc.code, name: doc.name }, select: { id: true, versions: { select: { version: true } } } });
    const version = (bundle.versions[0]?.version ?? 0) + 1;
    const created = await tx.bundleVersion.create({
      data: { bundleId: bundle.id, version, status: 'DRAFT', ...resolved.version, members: { create: resolved.members } },
      select: { id: true },
    });
    await recordAudit(tx, { actor, entity: 'BundleVersion', entityId: created.id, action: 'create-draft', to: 'DRAFT', data: { code: doc.code, version } });
    return { bundleId: bundle.id, versionId: created.id };
  });
}
