import 'server-only';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Actor } from '@/lib/auth/actor';
import { formatDays, formatRate } from './format-figures';
import { getStatistics, LIVE_RECORDS } from './get-statistics';
import type { StatisticsQuery } from './schemas';

const BY = { department: '部门', window: '窗口', staff: '受理人员', item: '事项', reviewer: '审查人员' } as const;
const COLUMNS = [
  ['accepted', '受理件数'],
  ['concluded', '办结件数'],
  ['onTimePromised', '承诺时限内办结率'],
  ['onTimeStatutory', '法定时限内办结率'],
  ['avgWorkingDays', '平均用时（工作日）'],
  ['firstTimeRate', '一次办结率'],
  ['correctionRate', '补正率'],
  ['onlineShare', '全程网办占比'],
  ['ratings', '评价数'],
  ['satisfaction', '满意率'],
] as const;
// Reviewers are measured on the steps they decided (statistics-cases.ts, recordsOf): only these figures apply.
const STEP_COLUMNS = [
  ['concluded', '办结环节数'],
  ['onTimePromised', '环节时限内办结率'],
  ['avgWorkingDays', '环节平均用时（工作日）'],
  ['firstTimeRate', '未要求补充材料占比'],
] as const;
const PERCENT = new Set(['onTimePromised', 'onTimeStatutory', 'firstTimeRate', 'correctionRate', 'onlineShare', 'satisfaction']);

/** The statistics of a period as an XLSX workbook or a CSV file (UTF-8 with BOM, so Excel reads Chinese). */
export async function exportStatistics(actor: Actor, query: StatisticsQuery, format: 'xlsx' | 'csv', now = new Date(), liveLimit = LIVE_RECORDS) {
  const stats = await getStatistics(actor, query, now, liveLimit);
  const columns = query.by === 'reviewer' ? STEP_COLUMNS : COLUMNS;
  const header = [BY[query.by], ...columns.map(([, label]) => label)];
  const lines = [...stats.rows, { ...stats.total, group: '合计' }].map((r) => [r.group, ...columns.map(([key]) => r[key])]);
  const filename = `办件统计_${BY[query.by]}_${query.from}_${query.to}.${format}`;
  if (format === 'csv') {
    // Rates and days as the screen shows them (83.3%, 4.0), not as raw fractions.
    const shown = [...stats.rows, { ...stats.total, group: '合计' }].map((r) => [
      r.group,
      ...columns.map(([key]) =>
        PERCENT.has(key) ? formatRate(r[key] as number | null) : key === 'avgWorkingDays' ? formatDays(r[key] as number | null) : r[key],
      ),
    ]);
    const text = stringify([header, ...shown.map((l) => l.map((v) => (v === null ? '' : v)))]);
    return { filename, contentType: 'text/csv; charset=utf-8', bytes: new TextEncoder().encode(`\uFEFF${text}`) };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.created = now;
  const sheet = workbook.addWorksheet('统计');
  sheet.addRow([`统计期间：${query.from} 至 ${query.to}`]);
  sheet.addRow(header).font = { bold: true };
  for (const line of lines) sheet.addRow(line);
  // Days the rollup has not reached and too many to count live (get-statistics.ts) are not in the figures; said below
  // the table, so that its rows stay where readers of the file expect them.
  if (stats.pending) sheet.addRow([`注：${stats.pending.from} 至 ${stats.pending.to} 有 ${stats.pending.days} 天的数据尚未汇总，未计入本表。`]);
  columns.forEach(([key], i) => {
    const column = sheet.getColumn(i + 2);
    column.width = 16;
    if (PERCENT.has(key)) column.numFmt = '0.0%';
    if (key === 'avgWorkingDays') column.numFmt = '0.0';
  });
  sheet.getColumn(1).width = 28;
  const series = workbook.addWorksheet('趋势');
  if (query.by === 'reviewer') {
    series.addRow(['时间', '办结环节数']).font = { bold: true };
    for (const s of stats.series) series.addRow([s.label, s.concluded]);
  } else {
    series.addRow(['时间', '受理件数', '办结件数']).font = { bold: true };
    for (const s of stats.series) series.addRow([s.label, s.accepted, s.concluded]);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    filename,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: new Uint8Array(buffer as ArrayBuffer),
  };
}
