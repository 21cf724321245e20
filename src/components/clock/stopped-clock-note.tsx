import { getFormatter, getTranslations } from 'next-intl/server';
import type { StoppedClock } from '@/lib/clock/stopped-clock';

/** "Clock stopped since …, N working days left when it resumes" and the due date if the stop ends as expected. */
export async function StoppedClockNote({ stopped }: { stopped: StoppedClock | null | undefined }) {
  if (!stopped) return null;
  const [t, format] = await Promise.all([getTranslations('clock'), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <span data-testid="clock-stopped" className="block text-xs text-amber-800">
      {t('stopped', { since: when(stopped.since) })}，{t('stoppedLeft', { days: stopped.daysLeft })}
      {stopped.expectedEndAt && stopped.dueIfEndsAsExpected && (
        <>；{t('stoppedExpected', { end: when(stopped.expectedEndAt), due: when(stopped.dueIfEndsAsExpected) })}</>
      )}
    </span>
  );
}
