import { getTranslations } from '@/i18n/server';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { FormAlert, Options } from '@/components/ui/field';
import { requirePageActor } from '@/lib/auth/session';
import { addCalendarDays, shanghaiDate, shanghaiTime } from '@/lib/clock/calendar';
import { AppError } from '@/lib/errors';
import { getRecentStatistics } from '@/lib/supervision/recent-statistics';
import { env } from '@/env';
import { statisticsQuerySchema } from '@/lib/supervision/schemas';
import { formatDays, formatRate } from '@/lib/supervision/format-figures';
import { BarChart } from './bar-chart';
import { Table } from '@/components/ui/table';
import { TextRows } from '@/components/ui/text-rows';
import { KeysetPager } from '@/components/ui/keyset-pager';
import { offsetPage } from '@/lib/paging';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('statistics');

// globals.css: one short class for the controls of the supervision forms.
const control = 'control';
// The same figures as the CSV export (format-figures.ts), '—' where none can be computed.
const percent = (n: number | null) => formatRate(n) ?? '—';
const days = (n: number | null) => formatDays(n) ?? '—';
// Groups a page: the table has a row per item (or person) with cases in the period.
const ROWS = 50;

export default async function StatisticsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor(['SUPERVISOR', 'ADMIN'], '/oversee/statistics');
  const today = shanghaiDate(new Date());
  const raw = await searchParams;
  const parsed = statisticsQuerySchema.safeParse({ from: raw.from || addCalendarDays(today, -29), to: raw.to || today, by: raw.by });
  const query = parsed.success ? parsed.data : { from: addCalendarDays(today, -29), to: today, by: 'department' as const };
  const [t, ts] = await Promise.all([getTranslations('statistics'), getTranslations('stepStatistics')]);
  // Reviewers are measured on the steps they decided (statistics-cases.ts, recordsOf): only these figures apply to them.
  const steps = query.by === 'reviewer';
  let stats: Awaited<ReturnType<typeof getRecentStatistics>> | null = null;
  try {
    stats = await getRecentStatistics(actor, query);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'INVALID_INPUT')) throw error;
  }
  const exportHref = (format: string) => `/api/statistics/export?${new URLSearchParams({ ...query, format }).toString()}`;
  // The names' column: they wrap at word width, not every two characters, however many columns
  // follow (set once in its head, not in each of its cells).
  const group = (label: string) => <span className="block min-w-40 sm:min-w-48">{label}</span>;
  type Row = NonNullable<typeof stats>['rows'][number];
  // A catalog of hundreds of items is shown 50 at a time, the total of all under each page.
  const shown = offsetPage<Row>(stats?.rows ?? [], raw.after, ROWS);
  const pagerBase = `/oversee/statistics?${new URLSearchParams(query)}`;
  // A row's texts, the same for each group and for the total row under them.
  const cells = (r: Row) =>
    steps
      ? [r.group, r.concluded, percent(r.onTimePromised), days(r.avgWorkingDays), percent(r.firstTimeRate)]
      : [
          r.group,
          r.accepted,
          r.concluded,
          percent(r.onTimePromised),
          percent(r.onTimeStatutory),
          days(r.avgWorkingDays),
          percent(r.firstTimeRate),
          percent(r.correctionRate),
          percent(r.onlineShare),
          r.ratings ? `${percent(r.satisfaction)}（${r.ratings}）` : '—',
        ];
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      <Card title={t('query')}>
        <form method="get" action="/oversee/statistics" className="grid gap-4 sm:grid-cols-4" noValidate>
          <label className="block text-sm font-medium text-slate-800">
            {t('from')}
            <input type="date" name="from" defaultValue={query.from} required className={control} />
          </label>
          <label className="block text-sm font-medium text-slate-800">
            {t('to')}
            <input type="date" name="to" defaultValue={query.to} required className={control} />
          </label>
          <label className="block text-sm font-medium text-slate-800">
            {t('by')}
            <select name="by" defaultValue={query.by} className={control}>
              <Options items={(['department', 'window', 'staff', 'item', 'reviewer'] as const).map((b) => ({ value: b, label: t(`byOptions.${b}`) }))} />
            </select>
          </label>
          <div className="flex items-end">
            <Button type="submit">{t('show')}</Button>
          </div>
        </form>
      </Card>
      {!stats ? (
        <FormAlert>{t('invalidRange')}</FormAlert>
      ) : (
        <>
          <Card
            title={t('tableTitle', { from: stats.from, to: stats.to })}
            actions={
              <div className="flex gap-2">
                <ButtonLink href={exportHref('xlsx')} variant="secondary">
                  {t('exportXlsx')}
                </ButtonLink>
                <ButtonLink href={exportHref('csv')} variant="secondary">
                  {t('exportCsv')}
                </ButtonLink>
              </div>
            }
          >
            <p className="mb-4 text-sm text-slate-600">{t('asOf', { time: shanghaiTime(stats.generatedAt) })}</p>
            {stats.pending && (
              <p
                role="status"
                data-testid="statistics-pending"
                className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
              >
                {t('pending', { ...stats.pending, minutes: Math.max(1, Math.round(env.STATISTICS_INTERVAL_MS / 60_000)) })}
              </p>
            )}
            {steps && <p className="mb-4 text-sm text-slate-600">{ts('note')}</p>}
            {(shown.from > 0 || shown.next) && (
              <p className="mb-4 text-sm text-slate-600">
                {t('rowsShown', { from: shown.from + 1, to: shown.from + shown.rows.length, count: stats.rows.length })}
              </p>
            )}
            <Table
              caption={t('tableTitle', { from: stats.from, to: stats.to })}
              head={
                steps
                  ? [group(t('byOptions.reviewer')), ts('concluded'), ts('onTime'), ts('avgWorkingDays'), ts('withoutMoreMaterial')]
                  : [
                      group(t(`byOptions.${query.by}`)),
                      t('accepted'),
                      t('concluded'),
                      t('onTimePromised'),
                      t('onTimeStatutory'),
                      t('avgWorkingDays'),
                      t('firstTimeRate'),
                      t('correctionRate'),
                      t('onlineShare'),
                      t('satisfaction'),
                    ]
              }
            >
              <TextRows rows={[...shown.rows.map(cells), cells({ ...stats.total, group: t('total') })]} last="bg-slate-50 font-semibold" />
            </Table>
            <KeysetPager base={pagerBase} after={shown.from > 0 ? String(shown.from) : undefined} next={shown.next} />
          </Card>
          <Card title={t('trend')}>
            <BarChart
              title={t('trend')}
              legend={steps ? { b: ts('trendLegend') } : { a: t('accepted'), b: t('concluded') }}
              series={stats.series.map((s) => ({ label: s.label, a: s.accepted, b: s.concluded }))}
            />
          </Card>
        </>
      )}
    </div>
  );
}
