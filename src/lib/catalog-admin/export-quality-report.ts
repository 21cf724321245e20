import 'server-only';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Actor } from '@/lib/auth/actor';
import { getQualityReport } from './get-quality-report';

/** The quality report as a file; the caller gives the column titles and kind names in the reader's language. */
export async function exportQualityReport(
  actor: Actor,
  input: { format: 'csv' | 'xlsx'; headers: string[]; kindName: (kind: string) => string; itemUrl: (itemId: string) => string },
) {
  const findings = await getQualityReport(actor);
  const rows = findings.map((f) => [input.kindName(f.kind), f.basicCode, f.name, f.level, f.detail, input.itemUrl(f.itemId)]);
  if (input.format === 'csv') {
    // The BOM lets Excel open the UTF-8 file with its Chinese intact.
    return Buffer.from('\uFEFF' + stringify([input.headers, ...rows]), 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('quality');
  sheet.addRow(input.headers).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((c, i) => (c.width = [18, 24, 36, 10, 40, 50][i] ?? 20));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
