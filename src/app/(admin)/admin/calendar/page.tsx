import Link from '@/components/ui/link';
import { getTranslations } from '@/i18n/server';
import { Badge } from '@/components/ui/badge';
import { Card, PageHeader } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/field';
import { Td } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/session';
import { listCalendarYear } from '@/lib/calendar-admin/list-calendar-year';
import { weekday } from '@/lib/clock/calendar';
import { AddCalendarDayForm, ConfirmCalendarYearForm, RemoveCalendarDayButton } from './calendar-forms';
import { titleFrom } from '@/app/page-title';
import { TableOrEmpty } from '@/components/layout/table-or-empty';

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
        <TableOrEmpty
          rows={list.days}
          empty={t('empty', { year: list.year })}
          caption={t('yearTitle', { year: list.year })}
          head={[t('date'), t('weekday'), t('kind'), t('name'), t('source'), t('actions')]}
        >
          {(d) => (
            <tr key={d.date}>
              <Td className="whitespace-nowrap font-mono">{d.date}</Td>
              <Td>{t(`weekdays.${weekday(d.date)}`)}</Td>
              <Td>{d.working ? <Badge tone="blue">{t('workday')}</Badge> : <Badge tone="red">{t('holiday')}</Badge>}</Td>
              <Td>{d.name ?? '—'}</Td>
              <Td>{d.source === 'admin' ? t('sourceAdmin') : d.source === 'statutory' ? t('sourceStatutory') : t('sourcePackage')}</Td>
              <Td>
                <RemoveCalendarDayButton date={d.date} label={d.name ?? ''} />
              </Td>
            </tr>
          )}
        </TableOrEmpty>
      </Card>
    </div>
  );
}
