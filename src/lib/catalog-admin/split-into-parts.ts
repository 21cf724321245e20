import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { itemVersionSchema } from './schemas';
import { splitServiceItem } from './split-service-item';
import { partDocument } from './successor-documents';
import { toDocument, versionDocumentSelect } from './version-document';

/**
 * 拆分 as the admin page asks for it: for each new item its name, codes and
 * the situations it takes over; its guide is the original's, narrowed to them.
 */
export async function splitIntoParts(
  actor: Actor,
  input: { itemId: string; parts: { basicCode: string; implementationCode: string; name: string; situations: string[] }[]; reason: string },
  now = new Date(),
) {
  assertRole(actor, ['ADMIN']);
  const current = await db.serviceItemVersion.findFirst({
    where: { itemId: input.itemId, status: 'PUBLISHED', item: { status: 'ACTIVE' } },
    select: versionDocumentSelect,
  });
  if (!current) throw new AppError('NOT_FOUND');
  const original = toDocument(current);
  const fieldErrors: Record<string, string[]> = {};
  const codes = input.parts.map((p) => p.basicCode);
  const parts = input.parts.map((part, i) => {
    if (part.basicCode === original.basicCode || codes.indexOf(part.basicCode) !== i) fieldErrors[`parts.${i}.basicCode`] = ['codeTaken'];
    const parsed = itemVersionSchema.safeParse(partDocument(original, part));
    if (!parsed.success) fieldErrors[`parts.${i}.name`] ??= ['invalid'];
    return parsed.data;
  });
  if (Object.keys(fieldErrors).length) throw new AppError('INVALID_INPUT', { fieldErrors });
  return splitServiceItem(actor, { itemId: input.itemId, parts: parts.map((p) => p!), reason: input.reason }, now);
}
