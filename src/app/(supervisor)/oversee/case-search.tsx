import Link from '@/components/ui/link';
import { getFormatter, getTranslations } from '@/i18n/server';
import { StatusBadge } from '@/components/applications/status-badge';
import { Card } from '@/components/ui/card';
import type { CaseSearch, findCases } from '@/lib/supervision/find-cases';

// globals.css: one short class for the controls of the supervision forms.
const control = 'control';

/** 查件: the search box on the board, and what it found. */
export async function CaseSearchCard({ search, found }: { search: CaseSearch; found: Awaited<ReturnType<typeof findCases>> }) {
  const [t, format] = await Promise.all([getTranslations('caseSearch'), getFormatter()]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'short' }) : '—');
  return (
    <Card title={t('title')}>
      <form method="get" action="/oversee" role="search" aria-label={t('title')} className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end" noValidate>
        <label className="control-label">
          {t('query')}
          <input
            type="search"
            name="q"
            defaultValue={search.q ?? ''}
            maxLength={60}
            autoComplete="off"
            placeholder={t('placeholder')}
            aria-describedby="case-search-hint"
            className={control}
          />
        </label>
        <label className="control-label">
          {t('scope')}
          <select name="scope" defaultValue={search.scope} className={control}>
            {(['all', 'open', 'concluded'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`scopes.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn btn-primary">
          {t('submit')}
        </button>
      </form>
      <p id="case-search-hint" className="mt-2 text-xs text-slate-600">
        {t('hint')}
      </p>
      {found && (
        <div className="mt-4 border-t border-slate-100 pt-4" aria-live="polite">
          <p className="text-sm font-medium text-slate-800">
            {found.rows.length === 0 ? t('none') : search.q ? t('count', { count: found.rows.length }) : t('latestConcluded', { count: found.rows.length })}
            {found.more && <span className="ml-1 font-normal text-slate-600">{t('more')}</span>}
          </p>
          {found.rows.length > 0 && (
            <ul className="mt-3 divide-y divide-slate-100 rounded-md border border-slate-200">
              {found.rows.map((r) => (
                <li key={r.id} className="flex flex-wrap items-start justify-between gap-x-6 gap-y-1 px-4 py-3">
                  <div className="min-w-0">
                    <Link href={`/oversee/applications/${r.id}`} className="font-medium text-brand-700 hover:underline">
                      {r.itemName}
                    </Link>
                    <p className="text-sm text-slate-700">
                      <span className="font-mono">{r.receiptNumber ?? t('noReceipt')}</span>
                      <span className="mx-2 text-slate-400" aria-hidden="true">
                        ·
                      </span>
                      {t('applicant', { name: r.applicant })}
                    </p>
                    <p className="text-xs text-slate-600">{r.department}</p>
                  </div>
                  <div className="text-sm text-slate-700 sm:text-right">
                    <StatusBadge status={r.status} />
                    <p className="mt-1 whitespace-nowrap text-xs">
                      {t('accepted', { date: when(r.acceptedAt) })}
                      {r.concludedAt && <span className="block">{t('concluded', { date: when(r.concludedAt) })}</span>}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Card>
  );
}
