import Link from '@/components/ui/link';
import { getFormatter, getTranslations } from '@/i18n/server';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/card';
import type { ComplaintRow } from '@/lib/complaints/list-complaints';

/** Complaints with their status, limit and answer; `base` links each to its handling page. */
export async function ComplaintList({ rows, base }: { rows: ComplaintRow[]; base?: string }) {
  const [t, format] = await Promise.all([getTranslations('complaints'), getFormatter()]);
  if (rows.length === 0) return <EmptyState>{t('none')}</EmptyState>;
  return (
    <ul className="space-y-3">
      {rows.map((c) => (
        <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={c.status === 'ANSWERED' ? 'green' : 'blue'}>{t(`status.${c.status}`)}</Badge>
            {c.overdue && <Badge tone="red">{t('overdue')}</Badge>}
            <span className="font-medium">
              {base ? (
                <Link href={`${base}/${c.id}`} className="text-brand-700 hover:underline">
                  {t(`target${c.target}`)}：{c.about}
                </Link>
              ) : (
                <>
                  {t(`target${c.target}`)}：{c.about}
                </>
              )}
            </span>
          </div>
          <p className="mt-2 whitespace-pre-wrap text-slate-800">{c.content}</p>
          <p className="mt-1 text-xs text-slate-500">
            {c.complainant && `${c.complainant} · `}
            {t('filedAt', { at: format.dateTime(c.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })} ·{' '}
            {t('dueAt', { at: format.dateTime(c.dueAt, { dateStyle: 'medium' }) })}
            {c.assignee && ` · ${t('assignee', { name: c.assignee })}`}
          </p>
          {c.answer && (
            <div className="mt-3 rounded-md bg-emerald-50 px-3 py-2">
              <p className="text-xs font-medium text-emerald-800">
                {t('answer')}
                {c.answeredAt && ` · ${t('answeredAt', { at: format.dateTime(c.answeredAt, { dateStyle: 'medium', timeStyle: 'short' }) })}`}
              </p>
              <p className="whitespace-pre-wrap text-slate-800">{c.answer}</p>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
