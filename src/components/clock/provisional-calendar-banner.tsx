import Link from '@/components/ui/link';
import { getTranslations } from '@/i18n/server';
import { listProvisionalYears } from '@/lib/clock/provisional-years';

/**
 * Tells admin, supervisor and window staff that a year's calendar is
 * provisional (statutory holidays only) until the admin confirms its 调休
 * arrangement; nothing when every year is confirmed.
 */
export async function ProvisionalCalendarBanner({ admin = false }: { admin?: boolean }) {
  const years = await listProvisionalYears();
  if (years.length === 0) return null;
  const t = await getTranslations('clock');
  return (
    <div role="status" data-testid="provisional-calendar" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      {t('provisionalBanner', { years: years.join('、') })}{' '}
      {admin && (
        <Link href="/admin/calendar" className="font-medium underline">
          {t('provisionalBannerAdmin')}
        </Link>
      )}
    </div>
  );
}
