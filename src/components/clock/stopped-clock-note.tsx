import { useFormatter, useTranslations } from 'next-intl';
import type { StoppedClock } from '@/lib/clock/stopped-clock';

/**
 * "Clock stopped since …, N working days left when it resumes" and the due
 * date if the stop ends as expected. Synchronous, so server pages and client
 * forms (/track) share it.
 */
export function StoppedClockNote({ stopped }: { stopped: StoppedClock | null | undefined }) {
  const t = useTranslations('clock');
  const format = useFormatter();
  if (!stopped) return null;
  const when = (d: Date) => format.dateTime(new Date(d), { dateStyle: 'short', timeStyle: 'short' });
  return (
    <span data-testid="clock-stopped" className="block text-xs text-amber-800">
      {t('stopped', { since: when(stopped.since) })}，{t('stoppedLeft', { days: stopped.daysLeft })}
      {stopped.expectedEndAt && stopped.dueIfEndsAsExpected && (
        <>；{t('stoppedExpected', { end: when(stopped.expectedEndAt), due: when(stopped.dueIfEndsAsExpected) })}</>
      )}
    </span>
  );
}

/** A due date's provisional mark, with the reason, for staff and applicants. */
export function ProvisionalDueNote({ provisional }: { provisional: boolean | undefined }) {
  const t = useTranslations('clock');
  if (!provisional) return null;
  return (
    <span className="provisional" title={t('provisionalDueNote')}>
      {t('provisionalDue')}
      <span className="sr-only">{t('provisionalDueNote')}</span>
    </span>
  );
}
