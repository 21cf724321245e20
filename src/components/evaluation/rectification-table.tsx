import { getFormatter, getTranslations } from '@/i18n/server';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/card';
import { Table, LinkCell, Td } from '@/components/ui/table';
import type { RectificationRow } from '@/lib/evaluation/list-rectifications';

/** Rectifications with their due date, overdue and review flags; each row links to `${base}/${id}`. */
export async function RectificationTable({ rows, base }: { rows: RectificationRow[]; base: string }) {
  const [t, format] = await Promise.all([getTranslations('ratings'), getFormatter()]);
  if (rows.length === 0) return <EmptyState>{t('noRectifications')}</EmptyState>;
  return (
    <Table caption={t('rectificationsTitle')} head={[t('itemCol'), t('ratingCol'), t('departmentCol'), t('statusCol'), t('dueCol')]}>
      {rows.map((r) => (
        <tr key={r.id}>
          <LinkCell
            href={`${base}/${r.id}`}
            title={r.itemName}
            detail={r.receiptNumber}
            detailClassName="block whitespace-nowrap font-mono text-xs text-slate-500"
            className="min-w-40"
          />
          <Td className="whitespace-nowrap">
            {t(`occasion.${r.occasion}`)} · {t(`level.${r.overall}`)}
          </Td>
          <Td className="min-w-32">{r.department}</Td>
          <Td>
            <span className="flex flex-wrap gap-1">
              <Badge tone={r.closedAt ? 'green' : 'blue'}>
                {r.closedAt && r.status !== 'DONE' ? t('reviewedAs', { status: t(`rectification.${r.status}`) }) : t(`rectification.${r.status}`)}
              </Badge>
              {r.awaitingReview && <Badge tone="yellow">{t('awaitingReview')}</Badge>}
              {r.overdue && <Badge tone="red">{t('overdue')}</Badge>}
            </span>
          </Td>
          <Td className="whitespace-nowrap">{format.dateTime(r.dueAt, { dateStyle: 'medium', timeStyle: 'short' })}</Td>
        </tr>
      ))}
    </Table>
  );
}
