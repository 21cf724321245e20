import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { catalogToWorkbook } from './catalog-workbook';
import type { ItemVersionDocument } from './schemas';
import { toDocument, versionDocumentSelect } from './version-document';

export const CATALOG_FORMAT = 'yichuang-catalog';

/** The published catalog: each active item's published version, by basic code. */
export async function exportCatalogDocuments(actor: Actor): Promise<ItemVersionDocument[]> {
  assertRole(actor, ['ADMIN']);
  const versions = await db.serviceItemVersion.findMany({
    where: { status: 'PUBLISHED', item: { status: 'ACTIVE' } },
    orderBy: { item: { basicCode: 'asc' } },
    select: versionDocumentSelect,
  });
  return versions.map(toDocument);
}

export async function exportCatalog(actor: Actor, format: 'json' | 'xlsx'): Promise<Buffer> {
  const items = await exportCatalogDocuments(actor);
  if (format === 'xlsx') return catalogToWorkbook(items);
  return Buffer.from(JSON.stringify({ format: CATALOG_FORMAT, formatVersion: 1, items }, null, 2), 'utf8');
}
