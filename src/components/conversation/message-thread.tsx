import { getFormatter, getTranslations } from '@/i18n/server';
import { EmptyState } from '@/components/ui/card';
import type { Conversation } from '@/lib/conversation/list-messages';

/** The messages of one case, applicant on one side and the offices on the other. */
export async function MessageThread({ messages }: { messages: Conversation['messages'] }) {
  const [t, format] = await Promise.all([getTranslations('conversation'), getFormatter()]);
  if (messages.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
  return (
    <ol className="space-y-3">
      {messages.map((m) => (
        <li
          key={m.id}
          className={`max-w-[85%] rounded-lg border px-4 py-3 text-sm ${m.fromApplicant ? 'border-slate-200 bg-slate-50' : 'ml-auto border-brand-100 bg-brand-50'}`}
        >
          <p className="mb-1 text-xs text-slate-600">
            <span className="font-medium text-slate-700">
              {m.fromApplicant ? (m.mine ? t('me') : t('applicant', { name: m.author ?? '' })) : [m.office ?? t('staff'), m.author].filter(Boolean).join(' · ')}
            </span>
            {' · '}
            <time dateTime={m.createdAt.toISOString()}>{format.dateTime(m.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
            {m.fromApplicant && !m.answeredAt && <span className="ml-2 font-medium text-amber-700">{t('unanswered')}</span>}
          </p>
          <p className="whitespace-pre-wrap break-words text-slate-800">{m.body}</p>
          {m.attachments.length > 0 && (
            <ul className="mt-2 space-y-1">
              {m.attachments.map((a) => (
                <li key={a.id}>
                  <a href={`/api/files/${a.id}`} className="text-brand-700 underline" target="_blank" rel="noreferrer">
                    {t('attachment', { name: a.name })}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
