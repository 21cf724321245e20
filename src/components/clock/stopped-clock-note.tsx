import { useFormatter, useTranslations } from 'next-intl';
import type { StoppedClock } from '@/lib/clock/stopped-clock';

/** The `clock` messages and a short date-time: the words of the notes below, from hooks or from src/i18n/server.ts. */
export type ClockWords = { t: (key: string, values?: Record<string, string | number>) => string; when: (d: Date) => string };

export const shortDateTime = { dateStyle: 'short', timeStyle: 'short' } as const;

/**
 * "Clock stopped since …, N working days left when it resumes" and the due
 * date if the stop ends as expected.
 */
export function StoppedClockText({ stopped, words: { t, when } }: { stopped: StoppedClock; words: ClockWords }) {
  return (
    // Wraps within a table cell that keeps its date on one line.
    <span data-testid="clock-stopped" className="block max-w-xs whitespace-normal text-xs text-amber-800">
      {t('stopped', { since: when(stopped.since) })}
      {t('stoppedLeft', { days: stopped.daysLeft })}
      {stopped.expectedEndAt &&
        stopped.dueIfEndsAsExpected &&
        t('stoppedExpected', { end: when(stopped.expectedEndAt), due: when(stopped.dueIfEndsAsExpected) })}
    </span>
  );
}

/** A due date's provisional mark, with the reason, for staff and applicants. */
export function ProvisionalDueText({ t }: { t: ClockWords['t'] }) {
  return (
    <span className="provisional" title={t('provisionalDueNote')}>
      {t('provisionalDue')}
      <span className="sr-only">{t('provisionalDueNote')}</span>
    </span>
  );
}

// The notes of client forms (/track). Server pages take theirs from
// stopped-clock-note-server.tsx, whose formatters live as long as the process.

export function StoppedClockNote({ stopped }: { stopped: StoppedClock | null | undefined }) {
  const t = useTranslations('clock');
  const format = useFormatter();
  if (!stopped) return null;
  return <StoppedClockText stopped={stopped} words={{ t, when: (d) => format.dateTime(new Date(d), shortDateTime) }} />;
}

export function ProvisionalDueNote({ provisional }: { provisional: boolean | undefined }) {
  const t = useTranslations('clock');
  return provisional ? <ProvisionalDueText t={t} /> : null;
}
