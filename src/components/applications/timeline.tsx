import { getFormatter, getTranslations } from '@/i18n/server';
import { auditActionText } from '@/i18n/audit-text';
import { TimelineList } from './timeline-list';

type Event = { id: string; at: Date; action: string; to: string | null; reason: string | null; actor: string | null };

/** The status timeline of a case: what happened, when, and (for staff) by whom. */
export async function Timeline({ events }: { events: Event[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <TimelineList
      events={events.map((e) => ({ ...e, text: auditActionText(t, e.action), when: format.dateTime(e.at, { dateStyle: 'medium', timeStyle: 'short' }) }))}
    />
  );
}
