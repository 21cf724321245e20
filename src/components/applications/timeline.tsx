import { getFormatter, getTranslations } from 'next-intl/server';
import { auditActionText } from '@/i18n/audit-text';

type Event = { id: string; at: Date; action: string; to: string | null; reason: string | null; actor: string | null };

/** The status timeline of a case: what happened, when, and (for staff) by whom. */
export async function Timeline({ events }: { events: Event[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <ol className="relative space-y-5 border-l-2 border-brand-100 pl-6">
      {events.map((e) => (
        <li key={e.id} className="relative">
          <span
            aria-hidden="true"
            className="absolute -left-[1.95rem] top-1 h-3.5 w-3.5 rounded-full border-2 border-white bg-brand-600 ring-2 ring-brand-100"
          />
          <p className="font-medium">{auditActionText(t, e.action)}</p>
          <p className="text-xs text-slate-500">
            <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, { dateStyle: 'medium', timeStyle: 'short' })}</time>
            {e.actor && ` · ${e.actor}`}
          </p>
          {e.reason && <p className="mt-1 text-sm text-slate-700">{e.reason}</p>}
        </li>
      ))}
    </ol>
  );
}
