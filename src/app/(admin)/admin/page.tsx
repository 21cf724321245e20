import { getFormatter, getTranslations } from '@/i18n/server';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { getCenterOverview } from '@/lib/admin/get-center-overview';
import { ProvisionalCalendarBanner } from '@/components/clock/provisional-calendar-banner';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('admin');

export default async function AdminHome() {
  const actor = await requirePageActor(['ADMIN'], '/admin');
  const [t, ts, format, overview] = await Promise.all([
    getTranslations('admin'),
    getTranslations('rectificationLimit'),
    getFormatter(),
    getCenterOverview(actor),
  ]);
  const figures = [
    ['items', overview.items],
    ['departments', overview.departments],
    ['windows', overview.windows],
    ['users', overview.users],
    ['calendarDays', overview.calendarDays],
    ['applications', overview.applications.count],
  ] as const;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <ButtonLink href="/admin/bundles" variant="secondary">
              {(await getTranslations('bundles.admin'))('title')}
            </ButtonLink>
            <ButtonLink href="/admin/settings" variant="secondary">
              {ts('settingsLink')}
            </ButtonLink>
          </>
        }
      />
      <ProvisionalCalendarBanner admin />
      <Card title={t('overview')}>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
          {figures.map(([key, value]) => (
            <div key={key} className="rounded-md bg-slate-50 p-4">
              <dt className="text-sm text-slate-600">{t(key)}</dt>
              <dd className="text-2xl font-bold text-brand-800">
                {key === 'applications' && overview.applications.estimated ? t('about', { count: value }) : format.number(value)}
              </dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
