import { getFormatter, getTranslations } from 'next-intl/server';
import { TrailingBadge } from '@/components/ui/badge';
import { Td } from '@/components/ui/table';

/** The intake deadline cell of a window queue row (single cases and bundles alike), flagged when it has passed. */
export async function IntakeDueCell({ dueAt, overdue }: { dueAt: Date | null; overdue: boolean }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <Td className="whitespace-nowrap">
      {dueAt ? format.dateTime(dueAt, { dateStyle: 'short', timeStyle: 'short' }) : '—'}
      {overdue && <TrailingBadge tone="red">{t('desk.overdue')}</TrailingBadge>}
    </Td>
  );
}
