import { getTranslations } from '@/i18n/server';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td } from '@/components/ui/table';
import { shanghaiTime } from '@/lib/clock/calendar';
import { getPublicStatistics } from '@/lib/supervision/get-public-statistics';
import { titleFrom } from '@/app/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = titleFrom('statistics', 'publicTitle');

const percent = (n: number | null) => (n === null ? '—' : `${(n * 100).toFixed(1)}%`);

export default async function PublicStatisticsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const { year } = await searchParams;
  const [t, stats] = await Promise.all([getTranslations('statistics'), getPublicStatistics({ year: Number(year) || undefined })]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('publicTitle')} description={t('publicDescription', { from: stats.from, to: stats.to })} />
      <div className="space-y-3 text-sm">
        <p className="text-slate-600">{t('asOf', { time: shanghaiTime(stats.generatedAt) })}</p>
        {stats.pending && (
          <p role="status" data-testid="statistics-pending" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900">
            {t('publicPending', stats.pending)}
          </p>
        )}
      </div>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {(
          [
            ['accepted', String(stats.total.accepted)],
            ['onTimePromised', percent(stats.total.onTimeRate)],
            ['avgWorkingDays', stats.total.avgWorkingDays === null ? '—' : String(stats.total.avgWorkingDays)],
          ] as const
        ).map(([key, value]) => (
          <div key={key} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{t(key)}</dt>
            <dd className="text-2xl font-bold text-brand-800">{value}</dd>
          </div>
        ))}
      </dl>
      <Card title={t('byDepartment')}>
        {stats.departments.length === 0 ? (
          <EmptyState>{t('empty')}</EmptyState>
        ) : (
          <Table cards caption={t('byDepartment')} head={[t('byOptions.department'), t('accepted'), t('concluded'), t('onTimePromised'), t('avgWorkingDays')]}>
            {stats.departments.map((d) => (
              <tr key={d.department}>
                <Td className="lead">{d.department}</Td>
                <Td>{d.accepted}</Td>
                <Td>{d.concluded}</Td>
                <Td>{percent(d.onTimeRate)}</Td>
                <Td>{d.avgWorkingDays ?? '—'}</Td>
              </tr>
            ))}
          </Table>
        )}
        <p className="mt-4 text-sm text-slate-600">{t('publicNote')}</p>
      </Card>
    </div>
  );
}
