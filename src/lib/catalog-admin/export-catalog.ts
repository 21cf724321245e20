import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { exportBundleDocuments } from './bundle-transfer';
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

/** The published catalog with its published bundles (一件事), which name their members by basic code. */
export async function exportCatalog(actor: Actor, format: 'json' | 'xlsx'): Promise<Buffer> {
  const items = await exportCatalogDocuments(actor);
  const bundles = await exportBundleDocuments(db);
  if (format === 'xlsx') return catalogToWorkbook(items, bundles);
  return Buffer.from(JSON.stringify({ format: CATALOG_FORMAT, formatVersion: 1, items, bundles }, null, 2), 'utf8');
}
