import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { workbookToCatalog, type RowSource } from './catalog-workbook';
import { CATALOG_FORMAT } from './export-catalog';
import { itemVersionSchema, type ItemVersionDocument } from './schemas';
import { resolveDepartments, toDocument, versionDocumentSelect, writeVersion } from './version-document';

/** A problem of the file: where (sheet and row for XLSX, item number for JSON), which field, which message key. */
export type ImportProblem = { sheet: string | null; row: number; field: string; key: string };

type Source = { item: RowSource; children: Record<string, RowSource[]> };

function parseJson(bytes: Uint8Array): { raw: unknown[]; problems: ImportProblem[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { raw: [], problems: [{ sheet: null, row: 0, field: '', key: 'notJson' }] };
  }
  const file = parsed as { format?: unknown; formatVersion?: unknown; items?: unknown };
  if (!file || file.format !== CATALOG_FORMAT || file.formatVersion !== 1 || !Array.isArray(file.items)) {
    return { raw: [], problems: [{ sheet: null, row: 0, field: 'format', key: 'notCatalog' }] };
  }
  return { raw: file.items, problems: [] };
}

function departmentsOf(raw: unknown): { departmentCode: string; stages: { departmentCodes: string[] }[] } {
  const row = (raw ?? {}) as { departmentCode?: unknown; stages?: unknown };
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s !== '') : []);
  return {
    departmentCode: typeof row.departmentCode === 'string' ? row.departmentCode.trim() : '',
    stages: Array.isArray(row.stages) ? row.stages.map((s) => ({ departmentCodes: strings((s as { departmentCodes?: unknown })?.departmentCodes) })) : [],
  };
}

/**
 * Imports the catalog in two passes: every row is checked first, and if any
 * problem is found nothing is written. Items are matched by basic code; an
 * item whose content differs from its published version gets a new published
 * version, a new code a new item. Items absent from the file are left alone.
 */
export async function importCatalog(actor: Actor, input: { format: 'json' | 'xlsx'; bytes: Uint8Array }, now = new Date()) {
  assertRole(actor, ['ADMIN']);
  let raw: unknown[];
  let sources: Source[] | null = null;
  const problems: ImportProblem[] = [];
  if (input.format === 'json') {
    const parsed = parseJson(input.bytes);
    raw = parsed.raw;
    problems.push(...parsed.problems);
  } else {
    try {
      const parsed = await workbookToCatalog(Buffer.from(input.bytes));
      raw = parsed.raw;
      sources = parsed.sources;
      problems.push(...parsed.problems);
    } catch {
      return { imported: 0, created: 0, updated: 0, problems: [{ sheet: null, row: 0, field: '', key: 'notWorkbook' }] };
    }
  }

  // JSON rows count from 1 in the order of `items`; XLSX rows are the sheet's.
  const where = (i: number, path: (string | number)[]): { sheet: string | null; row: number; field: string } => {
    const src = sources?.[i];
    if (src && path.length >= 2 && typeof path[1] === 'number' && src.children[String(path[0])]?.[path[1]]) {
      const at = src.children[String(path[0])]![path[1]]!;
      return { sheet: at.sheet, row: at.row, field: path.slice(2).join('.') || String(path[0]) };
    }
    return { sheet: src?.item.sheet ?? null, row: src?.item.row ?? i + 1, field: path.join('.') };
  };

  const docs: ItemVersionDocument[] = [];
  const seen = new Map<string, number>();
  for (const [i, item] of raw.entries()) {
    const result = itemVersionSchema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        problems.push({ ...where(i, path), key: /^[a-zA-Z]+$/.test(issue.message) ? issue.message : 'invalid' });
      }
    } else {
      if (seen.has(result.data.basicCode)) problems.push({ ...where(i, ['basicCode']), key: 'duplicateCode' });
      seen.set(result.data.basicCode, i);
      docs.push(result.data);
    }
    // Departments are checked on every row, valid or not, so one pass shows every problem.
    const { fieldErrors } = await resolveDepartments(db, departmentsOf(item));
    for (const [field, keys] of Object.entries(fieldErrors)) for (const key of keys) problems.push({ ...where(i, field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))), key });
  }
  if (problems.length) return { imported: 0, created: 0, updated: 0, problems };

  return db.$transaction(
    async (tx) => {
      let created = 0;
      let updated = 0;
      for (const doc of docs) {
        const item = await tx.serviceItem.findUnique({
          where: { basicCode: doc.basicCode },
          select: { id: true, status: true, versions: { orderBy: { version: 'desc' }, select: { ...versionDocumentSelect, id: true, version: true, status: true } } },
        });
        if (!item) {
          const createdItem = await tx.serviceItem.create({ data: { basicCode: doc.basicCode, name: doc.name, createdAt: now }, select: { id: true } });
          const versionId = await writeVersion(tx, { itemId: createdItem.id, version: 1, status: 'PUBLISHED', effectiveFrom: now }, doc);
          await recordAudit(tx, { actor, entity: 'ServiceItem', entityId: createdItem.id, action: 'import-create', to: 'ACTIVE', data: { versionId } });
          created++;
          continue;
        }
        const published = item.versions.find((v) => v.status === 'PUBLISHED');
        if (published && JSON.stringify(toDocument(published)) === JSON.stringify(doc) && item.status === 'ACTIVE') continue;
        for (const v of item.versions.filter((v) => v.status === 'PUBLISHED')) {
          await tx.serviceItemVersion.update({ where: { id: v.id }, data: { status: 'RETIRED' } });
          await recordAudit(tx, { actor, entity: 'ServiceItemVersion', entityId: v.id, action: 'retire', from: 'PUBLISHED', to: 'RETIRED', reason: 'import' });
        }
        await tx.serviceItemVersion.deleteMany({ where: { itemId: item.id, status: 'DRAFT', applications: { none: {} } } });
        const versionId = await writeVersion(tx, { itemId: item.id, version: (item.versions[0]?.version ?? 0) + 1, status: 'PUBLISHED', effectiveFrom: now }, doc);
        await tx.serviceItem.update({ where: { id: item.id }, data: { name: doc.name, status: 'ACTIVE' } });
        await recordAudit(tx, { actor, entity: 'ServiceItem', entityId: item.id, action: 'import-update', from: item.status, to: 'ACTIVE', data: { versionId } });
        updated++;
      }
      return { imported: docs.length, created, updated, problems: [] as ImportProblem[] };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
