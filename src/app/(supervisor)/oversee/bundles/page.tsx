import { getFormatter, getTranslations } from '@/i18n/server';
import { Badge } from '@/components/ui/badge';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/session';
import { listBundleBoard } from '@/lib/bundles/list-bundle-board';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('bundles.board');

/** 一件事 under supervision: open bundles with their members' progress, and how long bundles take against their members one by one. */
export default async function BundleBoardPage() {
  const actor = await requirePageActor(['SUPERVISOR', 'ADMIN'], '/oversee/bundles');
  const [t, tr, format, { board, statistics }] = await Promise.all([
    getTranslations('bundles.board'),
    getTranslations(),
    getFormatter(),
    listBundleBoard(actor),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      {board.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <Table cards caption={t('open')} head={[t('bundle'), t('receipt'), t('members'), t('due'), t('light')]}>
          {board.map((c) => (
            <tr key={c.id} className={c.red ? 'bg-red-50/60' : undefined}>
              <Td className="lead">
                <span className="font-medium">{c.name}</span>
                <span className="block text-xs text-slate-500">{c.applicantName}</span>
              </Td>
              <Td className="font-mono text-xs">{c.receiptNumber}</Td>
              <Td>
                <span className="block">{t('progress', { done: c.concluded, total: c.members.length })}</span>
                <span className="flex flex-wrap gap-1">
                  {c.members.map((m) => (
                    <Badge key={m.name} tone={m.warning === 'RED' ? 'red' : m.warning === 'YELLOW' ? 'yellow' : 'gray'}>
                      {m.name}：{tr(`status.${m.status}`)}
                    </Badge>
                  ))}
                </span>
              </Td>
              <Td className="whitespace-nowrap">{c.promisedDueAt ? format.dateTime(c.promisedDueAt, { dateStyle: 'short', timeStyle: 'short' }) : '—'}</Td>
              <Td>{c.red ? <Badge tone="red">{t('red')}</Badge> : <Badge tone="green">{t('green')}</Badge>}</Td>
            </tr>
          ))}
        </Table>
      )}
      <Card title={t('statistics')}>
        {statistics.length === 0 ? (
          <EmptyState>{t('noStatistics')}</EmptyState>
        ) : (
          <Table cards caption={t('statistics')} head={[t('bundle'), t('count'), t('averageDays'), t('onTime'), t('promised'), t('memberSum')]}>
            {statistics.map((s) => (
              <tr key={s.code}>
                <Td className="lead">{s.name}</Td>
                <Td>{s.count}</Td>
                <Td>{s.averageDays}</Td>
                <Td>{format.number(s.onTimeRate, { style: 'percent' })}</Td>
                <Td>{s.promisedLimitDays}</Td>
                <Td>{s.averageMemberSum}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
