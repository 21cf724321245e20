import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { diffDocuments } from './diff-documents';
import { toDocument, versionDocumentSelect } from './version-document';

/**
 * An item's versions, newest first, and what changed between two of them
 * (by default the newest and the one before it).
 */
export async function getVersionHistory(actor: Actor, input: { itemId: string; from?: number; to?: number }) {
  assertRole(actor, ['ADMIN']);
  const item = await db.serviceItem.findUnique({
    where: { id: input.itemId },
    select: {
      id: true,
      basicCode: true,
      name: true,
      status: true,
      successors: { select: { kind: true, toItem: { select: { id: true, name: true, basicCode: true } } } },
      predecessors: { select: { kind: true, fromItem: { select: { id: true, name: true, basicCode: true } } } },
      versions: {
        orderBy: { version: 'desc' },
        select: {
          ...versionDocumentSelect,
          id: true,
          version: true,
          status: true,
          effectiveFrom: true,
          createdAt: true,
          _count: { select: { applications: true } },
        },
      },
    },
  });
  if (!item) throw new AppError('NOT_FOUND');
  const numbers = item.versions.map((v) => v.version);
  const to = input.to && numbers.includes(input.to) ? input.to : numbers[0];
  const from = input.from && numbers.includes(input.from) ? input.from : numbers.find((n) => to !== undefined && n < to);
  const toV = item.versions.find((v) => v.version === to);
  const fromV = item.versions.find((v) => v.version === from);
  return {
    id: item.id,
    basicCode: item.basicCode,
    name: item.name,
    status: item.status,
    successors: item.successors.map((s) => ({ kind: s.kind, ...s.toItem })),
    predecessors: item.predecessors.map((s) => ({ kind: s.kind, ...s.fromItem })),
    versions: item.versions.map((v) => ({
      id: v.id,
      version: v.version,
      status: v.status,
      effectiveFrom: v.effectiveFrom,
      createdAt: v.createdAt,
      applications: v._count.applications,
      name: v.name,
    })),
    compared: toV && fromV ? { from: fromV.version, to: toV.version, changes: diffDocuments(toDocument(fromV), toDocument(toV)) } : null,
  };
}
