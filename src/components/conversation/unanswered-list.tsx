import { getFormatter, getTranslations } from '@/i18n/server';
import { StatusBadge } from '@/components/applications/status-badge';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Table, LinkCell, Td } from '@/components/ui/table';
import type { Actor } from '@/lib/auth/actor';
import { listUnansweredMessages } from '@/lib/conversation/list-unanswered-messages';

/** Staff: the cases whose applicants wait for an answer, oldest question first. */
async function UnansweredList({ actor, base }: { actor: Actor; base: string }) {
  const [t, format, rows] = await Promise.all([getTranslations('conversation'), getFormatter(), listUnansweredMessages(actor)]);
  if (rows.length === 0) return <EmptyState>{t('noneUnanswered')}</EmptyState>;
  return (
    <Table caption={t('unansweredTitle')} head={[t('item'), t('receiptNumber'), t('applicantCol'), t('waiting'), t('since')]}>
      {rows.map((r) => (
        <tr key={r.id}>
          <LinkCell href={`${base}/${r.id}`} title={r.itemName} detail={r.latest} detailClassName="mt-1 block max-w-md truncate text-xs text-slate-500" />
          <Td className="whitespace-nowrap font-mono text-xs">{r.receiptNumber ?? '—'}</Td>
          <Td>
            {r.applicantName}
            <span className="block">
              <StatusBadge status={r.status} />
            </span>
          </Td>
          <Td>{r.waiting}</Td>
          <Td className="whitespace-nowrap">{format.dateTime(r.since, { dateStyle: 'medium', timeStyle: 'short' })}</Td>
        </tr>
      ))}
    </Table>
  );
}

/** The whole page of unanswered conversations, for the window and for a department. */
export async function UnansweredPage({ actor, base }: { actor: Actor; base: string }) {
  const t = await getTranslations('conversation');
  return (
    <div>
      <PageHeader title={t('unansweredTitle')} description={t('unansweredDescription')} />
      <UnansweredList actor={actor} base={base} />
    </div>
  );
}
