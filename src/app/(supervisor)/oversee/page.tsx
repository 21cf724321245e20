import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { StatusBadge, WarningBadge } from '@/components/applications/status-badge';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/session';
import { listDeadlineBoard } from '@/lib/supervision/list-deadline-board';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('oversee'))('title') };
}

export default async function DeadlineBoard() {
  const actor = await requirePageActor(['SUPERVISOR', 'ADMIN'], '/oversee');
  const [t, format, rows] = await Promise.all([getTranslations(), getFormatter(), listDeadlineBoard(actor)]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'short', timeStyle: 'short' }) : '—');
  const counts = { RED: 0, YELLOW: 0, GREEN: 0 };
  for (const r of rows) counts[r.warning]++;
  return (
    <div>
      <PageHeader title={t('oversee.title')} description={t('oversee.description')} />
      <dl className="mb-6 grid grid-cols-3 gap-3">
        {(['RED', 'YELLOW', 'GREEN'] as const).map((w) => (
          <div key={w} className={`rounded-lg border bg-white p-4 ${w === 'RED' ? 'border-red-200' : w === 'YELLOW' ? 'border-amber-200' : 'border-emerald-200'}`}>
            <dt className="text-sm text-slate-600">{t(`warning.${w}`)}</dt>
            <dd className="text-2xl font-bold">{counts[w]}</dd>
          </div>
        ))}
      </dl>
      {rows.length === 0 ? (
        <EmptyState>{t('oversee.empty')}</EmptyState>
      ) : (
        <Table
          caption={t('oversee.title')}
          head={[t('oversee.warning'), t('oversee.case'), t('oversee.department'), t('oversee.status'), t('oversee.acceptedAt'), t('oversee.promisedDue'), t('oversee.statutoryDue'), t('oversee.remaining')]}
        >
          {rows.map((r) => (
            <tr key={r.id}>
              <Td>
                <WarningBadge warning={r.warning} />
              </Td>
              <Td>
                <Link href={`/oversee/applications/${r.id}`} className="font-medium text-brand-700 hover:underline">
                  {r.itemName}
                </Link>
                <span className="block font-mono text-xs text-slate-500">{r.receiptNumber}</span>
              </Td>
              <Td>{r.currentDepartments.length ? r.currentDepartments.join('、') : r.department}</Td>
              <Td>
                <StatusBadge status={r.status} />
              </Td>
              <Td className="whitespace-nowrap">{when(r.acceptedAt)}</Td>
              <Td className="whitespace-nowrap">{when(r.promisedDueAt)}</Td>
              <Td className="whitespace-nowrap">{when(r.statutoryDueAt)}</Td>
              <Td className="whitespace-nowrap">{t('oversee.days', { days: r.remainingDays })}</Td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
