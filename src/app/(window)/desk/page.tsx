import { getFormatter, getTranslations } from '@/i18n/server';
import { IntakeDueCell } from '@/components/clock/intake-due-cell';
import { statusTone } from '@/components/applications/status-tone';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/card';
import { LinkCell, Td } from '@/components/ui/table';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { ProvisionalCalendarBanner } from '@/components/clock/provisional-calendar-banner';
import { BundleIntakeQueue } from '@/components/bundles/bundle-intake-queue';
import { KeysetPager } from '@/components/ui/keyset-pager';
import { listIntakeQueuePage } from '@/lib/intake/list-intake-queue';
import { keysetPageSchema } from '@/lib/paging';
import { titleFrom } from '@/app/page-title';
import { TableOrEmpty } from '@/components/layout/table-or-empty';

export const generateMetadata = titleFrom('desk');

export default async function DeskPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor(WINDOW_ROLES, '/desk');
  const { after } = keysetPageSchema.parse(await searchParams);
  const [t, format, { rows: queue, next }] = await Promise.all([getTranslations(), getFormatter(), listIntakeQueuePage(actor, { after })]);
  const short = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'short', timeStyle: 'short' }) : '—');
  const overdue = t('desk.overdue');
  return (
    <div className="space-y-6">
      <PageHeader title={t('desk.title')} description={t('desk.description')} />
      <ProvisionalCalendarBanner />
      <BundleIntakeQueue actor={actor} />
      <TableOrEmpty
        cards
        rows={queue}
        empty={t('desk.empty')}
        caption={t('desk.title')}
        head={[t('desk.item'), t('desk.applicant'), t('desk.channel'), t('desk.status'), t('desk.submittedAt'), t('desk.intakeDue')]}
      >
        {(a) => (
          <tr key={a.id} className={a.overdue ? 'bg-red-50/60' : undefined}>
            <LinkCell href={`/desk/applications/${a.id}`} title={a.itemName} detail={a.department} />
            <Td>{a.applicantName}</Td>
            <Td>{t(`channel.${a.channel}`)}</Td>
            <Td>
              <Badge tone={statusTone(a.status)}>{t(`status.${a.status}`)}</Badge>
            </Td>
            <Td className="whitespace-nowrap">{short(a.submittedAt)}</Td>
            <IntakeDueCell due={short(a.intakeDueAt)} overdue={a.overdue ? overdue : undefined} />
          </tr>
        )}
      </TableOrEmpty>
      <KeysetPager base="/desk" after={after} next={next} />
    </div>
  );
}
