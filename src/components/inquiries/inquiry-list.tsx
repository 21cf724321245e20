import { getFormatter, getTranslations } from '@/i18n/server';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/card';
import type { ActionState } from '@/lib/action';
import type { InquiryRow } from '@/lib/inquiries/list-inquiries';
import { AnswerForm } from './answer-form';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** Questions with their limit and answer; with `answer`, unanswered ones get an answer form. */
export async function InquiryList({ rows, answer }: { rows: InquiryRow[]; answer?: Action }) {
  const [t, format] = await Promise.all([getTranslations('inquiries'), getFormatter()]);
  if (rows.length === 0) return <EmptyState>{t('none')}</EmptyState>;
  return (
    <ul className="space-y-3">
      {rows.map((r) => (
        <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={r.answeredAt ? 'green' : 'blue'}>{r.answeredAt ? t('answered') : t('waiting')}</Badge>
            {r.overdue && <Badge tone="red">{t('overdue')}</Badge>}
            {r.published && <Badge tone="gray">{t('published')}</Badge>}
            {r.partner && <Badge tone="yellow">{t('viaPartner', { name: r.partner.name })}</Badge>}
            <span className="text-slate-600">{r.itemName ?? t('generalItem')}</span>
          </div>
          <p className="mt-2 whitespace-pre-wrap font-medium text-slate-800">
            {t('q')}
            {r.question}
          </p>
          <p className="text-xs text-slate-500">
            {format.dateTime(r.createdAt, { dateStyle: 'medium', timeStyle: 'short' })} ·{' '}
            {t('dueAt', { at: format.dateTime(r.dueAt, { dateStyle: 'medium' }) })}
          </p>
          {r.partner && (
            <p className="mt-1 text-xs text-slate-600">
              {r.partner.contact ? t('partnerContact', { contact: r.partner.contact }) : null} {t('partnerAnswer')}
            </p>
          )}
          {r.answer && (
            <p className="mt-2 whitespace-pre-wrap rounded-md bg-emerald-50 px-3 py-2 text-slate-800">
              {t('a')}
              {r.answer}
            </p>
          )}
          {!r.answeredAt && answer && <AnswerForm inquiryId={r.id} canPublish={r.itemName !== null} action={answer} />}
        </li>
      ))}
    </ul>
  );
}
