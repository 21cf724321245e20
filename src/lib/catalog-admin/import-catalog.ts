import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { checkFileBundles, writeImportedBundles } from './bundle-transfer';
import { workbookToCatalog, type RowSource } from './catalog-workbook';
import { fileIssueOf, pathOfField } from './file-issues';
import { CATALOG_FORMAT } from './export-catalog';
import { crossFieldIssues, fileItemVersionSchema, type ItemVersionDocument } from './schemas';
import { resolveDepartments, toDocument, versionDocumentSelect, writeVersion } from './version-document';

/**
 * A problem of the file, said so that the admin can find and fix it: the item by
 * its 1-based number in the file and its basic code, the sheet and row of a
 * workbook (a JSON file has no rows: sheet and row are null), the field's path
 * (the page names it by its label), the message key, the value found and what
 * was expected (a type: number, boolean, text, list; or the allowed values).
 * A problem of a bundle names the bundle by its number in the file's bundles
 * and its code instead of an item.
 */
export type ImportProblem = {
  bundle?: number;
  bundleCode?: string | null;
  item: number | null;
  basicCode: string | null;
  sheet: string | null;
  row: number | null;
  field: string;
  key: string;
  value: string | null;
  expected: string | null;
};

const fileProblem = (key: string, field = ''): ImportProblem => ({
  item: null,
  basicCode: null,
  sheet: null,
  row: null,
  field,
  key,
  value: null,
  expected: null,
});

/** The value found, short enough for a message; nothing when the field was absent. */
function shown(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  // JSON shows a string quoted, so "3" and 3 read differently, as they are.
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function valueAt(raw: unknown, path: (string | number)[]): unknown {
  let at: unknown = raw;
  for (const p of path) {
    if (!at || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[p];
  }
  return at;
}

type Source = { item: RowSource; children: Record<string, RowSource[]> };

function parseJson(bytes: Uint8Array): { raw: unknown[]; bundles: unknown[]; problems: ImportProblem[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { raw: [], bundles: [], problems: [fileProblem('notJson')] };
  }
  const file = parsed as { format?: unknown; formatVersion?: unknown; items?: unknown; bundles?: unknown };
  if (!file || file.format !== CATALOG_FORMAT || file.formatVersion !== 1 || !Array.isArray(file.items)) {
    return { raw: [], bundles: [], problems: [fileProblem('notCatalog', 'format')] };
  }
  // Files written before bundles travelled with the catalog have none.
  if (file.bundles !== undefined && !Array.isArray(file.bundles))
    return { raw: [], bundles: [], problems: [{ ...fileProblem('wrongType', 'bundles'), value: shown(file.bundles), expected: 'list' }] };
  return { raw: file.items, bundles: (file.bundles as unknown[] | undefined) ?? [], problems: [] };
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
  let bundles: unknown[] = [];
  let sources: Source[] | null = null;
  let bundleSources: Awaited<ReturnType<typeof workbookToCatalog>>['bundleSources'] | null = null;
  const problems: ImportProblem[] = [];
  if (input.format === 'json') {
    const parsed = parseJson(input.bytes);
    raw = parsed.raw;
    bundles = parsed.bundles;
    problems.push(...parsed.problems);
  } else {
    try {
      const parsed = await workbookToCatalog(Buffer.from(input.bytes));
      raw = parsed.raw;
      sources = parsed.sources;
      bundles = parsed.bundles;
      bundleSources = parsed.bundleSources;
      problems.push(...parsed.problems.map((p) => ({ ...fileProblem(p.key, p.field), sheet: p.sheet, row: p.row || null, value: shown(p.value) })));
    } catch {
      return { imported: 0, created: 0, updated: 0, bundlesCreated: 0, bundlesUpdated: 0, problems: [fileProblem('notWorkbook')] };
    }
  }

  // Items count from 1 in the order of the file; a workbook also names the sheet and row of each value.
  const problemAt = (i: number, path: (string | number)[], key: string, expected: string | null = null): ImportProblem => {
    const item = raw[i];
    const code = valueAt(item, ['basicCode']);
    const base = { item: i + 1, basicCode: typeof code === 'string' && code.trim() ? code.trim() : null, key, value: shown(valueAt(item, path)), expected };
    const src = sources?.[i];
    if (src && path.length >= 2 && typeof path[1] === 'number' && src.children[String(path[0])]?.[path[1]]) {
      const at = src.children[String(path[0])]![path[1]]!;
      return { ...base, sheet: at.sheet, row: at.row, field: path.join('.') };
    }
    return { ...base, sheet: src?.item.sheet ?? null, row: src?.item.row ?? null, field: path.join('.') };
  };

  const docs: ItemVersionDocument[] = [];
  const seen = new Map<string, number>();
  const levels = new Map((await db.department.findMany({ select: { code: true, region: { select: { level: true } } } })).map((d) => [d.code, d.region.level]));
  for (const [i, item] of raw.entries()) {
    const result = fileItemVersionSchema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const { path, key, expected } = fileIssueOf(issue);
        problems.push(problemAt(i, path, key, expected));
      }
      // Zod skips the checks between fields when a field is wrong: run them anyway (once), so one pass shows every problem.
      const reported = new Set(result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
      for (const issue of crossFieldIssues(item))
        if (!reported.has(`${issue.path.join('.')} ${issue.message}`)) problems.push(problemAt(i, issue.path, issue.message));
    } else {
      if (seen.has(result.data.basicCode)) problems.push(problemAt(i, ['basicCode'], 'duplicateCode'));
      seen.set(result.data.basicCode, i);
      docs.push(result.data);
    }
    // Departments are checked on every row, valid or not, so one pass shows every problem.
    const { fieldErrors } = await resolveDepartments(db, departmentsOf(item));
    for (const [field, keys] of Object.entries(fieldErrors)) for (const key of keys) problems.push(problemAt(i, pathOfField(field), key));
    // As the delegate form: the implementing department sits at the item's level (a county item is not run by a city bureau).
    const { departmentCode } = departmentsOf(item);
    const level = valueAt(item, ['level']);
    const departmentLevel = levels.get(departmentCode);
    if (departmentLevel && typeof level === 'string' && departmentLevel !== level) problems.push(problemAt(i, ['departmentCode'], 'departmentLevel', level));
  }
  // Bundles are checked against the items as they will be: the database's, with this file's over them.
  const fileItems = new Map(docs.map((d) => [d.basicCode, { statutoryLimitDays: d.statutoryLimitDays, promisedLimitDays: d.promisedLimitDays }]));
  const checkedBundles = await checkFileBundles(db, bundles, fileItems);
  for (const issue of checkedBundles.issues) {
    const b = bundles[issue.index - 1];
    const src = bundleSources?.[issue.index - 1];
    const memberRow = issue.path[0] === 'members' && typeof issue.path[1] === 'number' ? src?.members[issue.path[1]] : undefined;
    const at = memberRow ?? src?.bundle;
    problems.push({
      item: null,
      basicCode: null,
      bundle: issue.index,
      bundleCode: issue.code,
      sheet: at?.sheet ?? null,
      row: at?.row ?? null,
      field: issue.path.join('.'),
      key: issue.key,
      value: shown(valueAt(b, issue.path)),
      expected: issue.expected,
    });
  }
  if (problems.length) return { imported: 0, created: 0, updated: 0, bundlesCreated: 0, bundlesUpdated: 0, problems };

  return db.$transaction(
    async (tx) => {
      let created = 0;
      let updated = 0;
      for (const doc of docs) {
        const item = await tx.serviceItem.findUnique({
          where: { basicCode: doc.basicCode },
          select: {
            id: true,
            status: true,
            versions: { orderBy: { version: 'desc' }, select: { ...versionDocumentSelect, id: true, version: true, status: true } },
          },
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
        const versionId = await writeVersion(
          tx,
          { itemId: item.id, version: (item.versions[0]?.version ?? 0) + 1, status: 'PUBLISHED', effectiveFrom: now },
          doc,
        );
        await tx.serviceItem.update({ where: { id: item.id }, data: { name: doc.name, status: 'ACTIVE' } });
        await recordAudit(tx, {
          actor,
          entity: 'ServiceItem',
          entityId: item.id,
          action: 'import-update',
          from: item.status,
          to: 'ACTIVE',
          data: { versionId },
        });
        updated++;
      }
      const written = await writeImportedBundles(tx, actor, checkedBundles.docs, now);
      return { imported: docs.length, created, updated, bundlesCreated: written.created, bundlesUpdated: written.updated, problems: [] as ImportProblem[] };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
