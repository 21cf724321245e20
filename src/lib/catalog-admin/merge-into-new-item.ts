import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { mergeServiceItems } from './merge-service-items';
import { itemVersionSchema } from './schemas';
import { mergedDocument } from './successor-documents';
import { toDocument, versionDocumentSelect } from './version-document';

/**
 * 合并 as the admin page asks for it: the items and the new item's name and
 * codes; its guide is composed from the current guides of the items merged
 * (the first one chosen is the base).
 */
export async function mergeIntoNewItem(
  actor: Actor,
  input: { itemIds: string[]; basicCode: string; implementationCode: string; name: string; reason: string },
  now = new Date(),
) {
  assertRole(actor, ['ADMIN']);
  const itemIds = [...new Set(input.itemIds)];
  const versions = await db.serviceItemVersion.findMany({
    where: { itemId: { in: itemIds }, status: 'PUBLISHED', item: { status: 'ACTIVE' } },
    select: { ...versionDocumentSelect, itemId: true },
  });
  const docs = itemIds.map((id) => versions.find((v) => v.itemId === id));
  if (docs.some((d) => !d)) throw new AppError('INVALID_INPUT', { fieldErrors: { itemIds: ['notMergeable'] } });
  const target = itemVersionSchema.safeParse(
    mergedDocument(
      docs.map((d) => toDocument(d!)),
      { basicCode: input.basicCode, implementationCode: input.implementationCode, name: input.name },
    ),
  );
  // The carried-over parts were valid when published; a failure here is in what the admin typed.
  if (!target.success) throw new AppError('INVALID_INPUT', { fieldErrors: { name: ['invalid'] } });
  try {
    return await mergeServiceItems(actor, { itemIds, target: target.data, reason: input.reason }, now);
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_INPUT') {
      const fieldErrors = (error.details?.fieldErrors ?? {}) as Record<string, string[]>;
      throw new AppError('INVALID_INPUT', { fieldErrors: Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k.replace(/^target\./, ''), v])) });
    }
    throw error;
  }
}
