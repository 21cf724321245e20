import Link from '@/components/ui/link';
import { getTranslations } from '@/i18n/server';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/field';
import { requirePageActor } from '@/lib/auth/session';
import { listCalendarYear } from '@/lib/calendar-admin/list-calendar-year';
import { AddCalendarDayForm, CalendarDaysTable, ConfirmCalendarYearForm } from './calendar-forms';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('calendarAdmin');

export default async function CalendarAdminPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePageActor(['ADMIN'], '/admin/calendar');
  const { year: yearParam } = await searchParams;
  const [t, list] = await Promise.all([getTranslations('calendarAdmin'), listCalendarYear(actor, { year: Number(yearParam) })]);
  const years = [...new Set([...list.covered.map((c) => c.year), ...list.missing])].sort((a, b) => a - b).slice(-6);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      {list.missing.map((y) => (
        <FormAlert key={y}>{t('missingYear', { year: y })}</FormAlert>
      ))}
      {list.provisionalYears.map((y) => (
        <FormAlert key={`p${y}`}>{t('provisionalYear', { year: y })}</FormAlert>
      ))}
      {list.state?.provisional && (
        <Card title={t('confirmTitle', { year: list.year })}>
          <p className="mb-4 text-sm text-slate-600">{t('confirmHint', { year: list.year })}</p>
          <ConfirmCalendarYearForm year={list.year} />
        </Card>
      )}
      <Card title={t('addTitle')}>
        <p className="mb-4 text-sm text-slate-600">{t('addHint')}</p>
        <AddCalendarDayForm />
      </Card>
      <Card title={t('yearTitle', { year: list.year })}>
        <nav aria-label={t('years')} className="mb-4 flex flex-wrap gap-2">
          {years.map((y) => {
            const covered = list.covered.find((c) => c.year === y);
            return (
              <Link
                key={y}
                href={`/admin/calendar?year=${y}`}
                aria-current={y === list.year ? 'page' : undefined}
                className={`rounded-md border px-3 py-1.5 text-sm ${y === list.year ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-50'}`}
              >
                {y}
                <span className="ml-1 text-xs">{covered ? t('yearDays', { days: covered.days }) : t('noData')}</span>
                {list.provisionalYears.includes(y) && <span className="ml-1 text-xs">{t('provisionalMark')}</span>}
              </Link>
            );
          })}
        </nav>
        {list.days.length === 0 ? (
          <EmptyState>{t('empty', { year: list.year })}</EmptyState>
        ) : (
          <CalendarDaysTable days={list.days} caption={t('yearTitle', { year: list.year })} />
        )}
      </Card>
    </div>
  );
}
