import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { bundleDocumentOf, bundleDocumentSelect } from './bundle-definition';

/** A bundle for the admin: every version (history) with its audit events, and the document of the draft or, without one, of the published version. */
export async function getBundleAdmin(actor: Actor, bundleId: string) {
  assertRole(actor, ['ADMIN']);
  const bundle = await db.bundle.findUnique({
    where: { id: bundleId },
    select: {
      id: true,
      code: true,
      name: true,
      versions: {
        orderBy: { version: 'desc' },
        select: { id: true, version: true, status: true, publishedAt: true, createdAt: true, ...bundleDocumentSelect },
      },
    },
  });
  if (!bundle) throw new AppError('NOT_FOUND');
  const events = await db.auditEvent.findMany({
    where: { entity: 'BundleVersion', entityId: { in: bundle.versions.map((v) => v.id) } },
    orderBy: { at: 'desc' },
    select: { at: true, action: true, entityId: true, actor: { select: { name: true } } },
  });
  const editable = bundle.versions.find((v) => v.status === 'DRAFT') ?? bundle.versions.find((v) => v.status === 'PUBLISHED') ?? bundle.versions[0]!;
  return {
    id: bundle.id,
    code: bundle.code,
    name: bundle.name,
    draftId: bundle.versions.find((v) => v.status === 'DRAFT')?.id ?? null,
    document: bundleDocumentOf(editable),
    versions: bundle.versions.map((v) => ({
      id: v.id,
      version: v.version,
      status: v.status,
      publishedAt: v.publishedAt,
      createdAt: v.createdAt,
      name: v.name,
      members: v.members.length,
    })),
    history: events.map((e) => ({
      at: e.at,
      action: e.action,
      actor: e.actor?.name ?? null,
      version: bundle.versions.find((v) => v.id === e.entityId)?.version ?? null,
    })),
  };
}
