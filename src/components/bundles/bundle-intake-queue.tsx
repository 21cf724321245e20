import Link from '@/components/ui/link';
import { getFormatter, getTranslations } from '@/i18n/server';
import { IntakeDueCell } from '@/components/clock/intake-due-cell';
import { TrailingBadge } from '@/components/ui/badge';
import { Table, Td } from '@/components/ui/table';
import type { Actor } from '@/lib/auth/actor';
import { listBundleIntakeQueue } from '@/lib/bundles/list-bundle-intake-queue';

/** 一窗受理: the bundle cases waiting at the window, one row each, above the single applications. */
export async function BundleIntakeQueue({ actor }: { actor: Actor }) {
  const [t, format, queue] = await Promise.all([getTranslations(), getFormatter(), listBundleIntakeQueue(actor)]);
  if (queue.length === 0) return null;
  const short = (d: Date) => format.dateTime(d, { dateStyle: 'short', timeStyle: 'short' });
  const overdue = t('desk.overdue');
  return (
    <div className="mb-6">
      <Table
        cards
        caption={t('bundles.queue')}
        head={[t('bundles.name'), t('desk.applicant'), t('bundles.memberCount'), t('desk.status'), t('desk.submittedAt'), t('desk.intakeDue')]}
      >
        {queue.map((c) => (
          <tr key={c.id} className={c.overdue ? 'bg-red-50/60' : undefined}>
            <Td className="lead">
              <Link href={`/desk/bundles/${c.id}`} className="row-link">
                {c.name}
              </Link>
              <TrailingBadge tone="green">{t('bundles.badge')}</TrailingBadge>
            </Td>
            <Td>{c.applicantName}</Td>
            <Td>{c.memberCount}</Td>
            <Td>{t(`bundles.status.${c.status}`)}</Td>
            <Td className="whitespace-nowrap">{short(c.submittedAt)}</Td>
            <IntakeDueCell due={c.intakeDueAt ? short(c.intakeDueAt) : '—'} overdue={c.overdue ? overdue : undefined} />
          </tr>
        ))}
      </Table>
    </div>
  );
}
