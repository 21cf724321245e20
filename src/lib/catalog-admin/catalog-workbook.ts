import ExcelJS from 'exceljs';
import type { BundleDocument } from '@/lib/bundles/schemas';
import type { ItemVersionDocument } from './schemas';

// The XLSX form of the catalog (docs/catalog-format.md): one sheet per list,
// the first row holds the field names, rows of the child sheets name their
// item by basicCode. Lists inside a cell are one entry per line.
const SHEETS = {
  items: 'items',
  situations: 'situations',
  materials: 'materials',
  steps: 'steps',
  stages: 'stages',
  formFields: 'formFields',
  bundles: 'bundles',
  bundleMembers: 'bundleMembers',
} as const;
// Workbooks written before the form fields (or the bundles) existed have no such sheet: read as none.
const OPTIONAL_SHEETS: string[] = [SHEETS.formFields, SHEETS.bundles, SHEETS.bundleMembers];

const itemColumns = [
  'basicCode',
  'implementationCode',
  'name',
  'type',
  'level',
  'departmentCode',
  'legalBasis',
  'handlingClass',
  'statutoryLimitDays',
  'promisedLimitDays',
  'acceptConditions',
  'coHandling',
  'fee',
  'feeBasis',
  'onlineDepth',
  'appointment',
  'onlinePayment',
  'postalDelivery',
  'disclose',
  'resultName',
  'resultType',
  'resultCertificate',
  'contactPhone',
  'complaintPhone',
  'keywords',
  'lifeEvents',
  // Added with the delivery choice (docs/results.md); an older workbook without them reads as free post, no download.
  'postalFee',
  'electronicDelivery',
] as const;
const listColumns = new Set([
  'legalBasis',
  'acceptConditions',
  'coHandling',
  'keywords',
  'lifeEvents',
  'situations',
  'departmentCodes',
  'options',
  'dependsOn',
]);
// 一件事: one row per bundle, one per member (in the bundle's order), by the bundle's code.
const bundleColumns = ['code', 'name', 'lifeEvent', 'leadDepartmentCode', 'promisedLimitDays', 'situations', 'description'] as const;
const memberColumns = ['bundleCode', 'itemCode', 'applicability', 'situations', 'dependsOn'] as const;
const childColumns = {
  situations: ['basicCode', 'name'],
  materials: ['basicCode', 'name', 'form', 'copies', 'required', 'situations', 'certificateType', 'note'],
  steps: ['basicCode', 'name', 'limitDays'],
  stages: ['basicCode', 'name', 'limitDays', 'departmentCodes'],
  formFields: ['basicCode', 'key', 'label', 'kind', 'required', 'options', 'maxLength'],
} as const;

function cellOf(key: string, value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (listColumns.has(key)) return (value as string[]).join('\n');
  return value as ExcelJS.CellValue;
}

export async function catalogToWorkbook(docs: ItemVersionDocument[], bundles: BundleDocument[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const items = wb.addWorksheet(SHEETS.items);
  items.addRow([...itemColumns]);
  for (const d of docs) items.addRow(itemColumns.map((c) => cellOf(c, d[c])));
  for (const [sheetName, columns] of Object.entries(childColumns) as [keyof typeof childColumns, readonly string[]][]) {
    const sheet = wb.addWorksheet(SHEETS[sheetName]);
    sheet.addRow([...columns]);
    for (const d of docs) {
      for (const row of d[sheetName] as Record<string, unknown>[]) sheet.addRow(columns.map((c) => (c === 'basicCode' ? d.basicCode : cellOf(c, row[c]))));
    }
  }
  const bundleSheet = wb.addWorksheet(SHEETS.bundles);
  bundleSheet.addRow([...bundleColumns]);
  for (const b of bundles) bundleSheet.addRow(bundleColumns.map((c) => cellOf(c, b[c])));
  const memberSheet = wb.addWorksheet(SHEETS.bundleMembers);
  memberSheet.addRow([...memberColumns]);
  for (const b of bundles) for (const m of b.members) memberSheet.addRow(memberColumns.map((c) => (c === 'bundleCode' ? b.code : cellOf(c, m[c]))));
  for (const sheet of wb.worksheets) sheet.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function plain(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return value.text;
  if (typeof value === 'object' && 'result' in value) return value.result;
  return value;
}

const numberColumns = new Set(['statutoryLimitDays', 'promisedLimitDays', 'onlineDepth', 'copies', 'limitDays', 'maxLength']);
const booleanColumns = new Set(['appointment', 'onlinePayment', 'postalDelivery', 'electronicDelivery', 'disclose', 'required']);

/**
 * A cell as the document's value. Typed cells keep their type; a number or a
 * TRUE/FALSE typed as text in a number or yes/no column is read as what it
 * plainly says (spreadsheets do that to pasted values). Anything else ("yes",
 * "3 days") is passed on as it is, for the check to refuse: never guessed.
 */
function fromCell(key: string, value: ExcelJS.CellValue): unknown {
  const v = plain(value);
  if (listColumns.has(key))
    return v === null || v === ''
      ? []
      : String(v)
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean);
  if (v === '') return null;
  if (typeof v === 'string' && numberColumns.has(key) && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  if (typeof v === 'string' && booleanColumns.has(key) && /^\s*(true|false)\s*$/i.test(v)) return v.trim().toLowerCase() === 'true';
  return v;
}

/** Where each value of a document came from, for problems to name the sheet and row. */
export type RowSource = { sheet: string; row: number };
export type ParsedWorkbook = {
  raw: Record<string, unknown>[];
  sources: { item: RowSource; children: Record<string, RowSource[]> }[];
  /** The bundles' documents, with the row of each bundle and of each of its members. */
  bundles: Record<string, unknown>[];
  bundleSources: { bundle: RowSource; members: RowSource[] }[];
  problems: { sheet: string; row: number; field: string; key: string; value?: unknown }[];
};

export async function workbookToCatalog(bytes: Buffer | Uint8Array): Promise<ParsedWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const problems: ParsedWorkbook['problems'] = [];
  const readSheet = (name: string) => {
    const sheet = wb.getWorksheet(name);
    if (!sheet) {
      if (OPTIONAL_SHEETS.includes(name)) return [] as { row: number; values: Record<string, ExcelJS.CellValue> }[];
      problems.push({ sheet: name, row: 0, field: '', key: 'sheetMissing' });
      return [] as { row: number; values: Record<string, ExcelJS.CellValue> }[];
    }
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(plain(v) ?? ''));
    const rows: { row: number; values: Record<string, ExcelJS.CellValue> }[] = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const values: Record<string, ExcelJS.CellValue> = {};
      header.forEach((h, col) => {
        if (h) values[h] = row.getCell(col).value;
      });
      rows.push({ row: number, values });
    });
    return rows;
  };
  const raw: Record<string, unknown>[] = [];
  const sources: ParsedWorkbook['sources'] = [];
  const index = new Map<string, number>();
  for (const { row, values } of readSheet(SHEETS.items)) {
    const doc: Record<string, unknown> = { situations: [], materials: [], steps: [], stages: [], formFields: [] };
    for (const c of itemColumns) doc[c] = fromCell(c, values[c] ?? null);
    if (doc.basicCode !== null) index.set(String(doc.basicCode), raw.length);
    raw.push(doc);
    sources.push({ item: { sheet: SHEETS.items, row }, children: { situations: [], materials: [], steps: [], stages: [], formFields: [] } });
  }
  for (const [sheetName, columns] of Object.entries(childColumns) as [keyof typeof childColumns, readonly string[]][]) {
    for (const { row, values } of readSheet(SHEETS[sheetName])) {
      const code = String(plain(values.basicCode ?? null) ?? '');
      const at = index.get(code);
      if (at === undefined) {
        problems.push({ sheet: SHEETS[sheetName], row, field: 'basicCode', key: 'unknownItem', value: code });
        continue;
      }
      const child: Record<string, unknown> = {};
      for (const c of columns) if (c !== 'basicCode') child[c] = fromCell(c, values[c] ?? null);
      (raw[at]![sheetName] as unknown[]).push(child);
      sources[at]!.children[sheetName]!.push({ sheet: SHEETS[sheetName], row });
    }
  }
  const bundles: Record<string, unknown>[] = [];
  const bundleSources: ParsedWorkbook['bundleSources'] = [];
  const bundleIndex = new Map<string, number>();
  for (const { row, values } of readSheet(SHEETS.bundles)) {
    const doc: Record<string, unknown> = { members: [] };
    for (const c of bundleColumns) doc[c] = fromCell(c, values[c] ?? null);
    if (doc.code !== null) bundleIndex.set(String(doc.code), bundles.length);
    bundles.push(doc);
    bundleSources.push({ bundle: { sheet: SHEETS.bundles, row }, members: [] });
  }
  for (const { row, values } of readSheet(SHEETS.bundleMembers)) {
    const code = String(plain(values.bundleCode ?? null) ?? '');
    const at = bundleIndex.get(code);
    if (at === undefined) {
      problems.push({ sheet: SHEETS.bundleMembers, row, field: 'bundleCode', key: 'unknownBundle', value: code });
      continue;
    }
    const member: Record<string, unknown> = {};
    for (const c of memberColumns) if (c !== 'bundleCode') member[c] = fromCell(c, values[c] ?? null);
    (bundles[at]!.members as unknown[]).push(member);
    bundleSources[at]!.members.push({ sheet: SHEETS.bundleMembers, row });
  }
  return { raw, sources, bundles, bundleSources, problems };
}
