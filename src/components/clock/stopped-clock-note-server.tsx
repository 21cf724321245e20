import { getFormatter, getTranslations } from '@/i18n/server';
import type { StoppedClock } from '@/lib/clock/stopped-clock';
import { ProvisionalDueText, shortDateTime, StoppedClockText } from './stopped-clock-note';

// The clock notes of server pages: the same words as the client forms' (stopped-clock-note.tsx),
// through src/i18n/server.ts, whose compiled messages and formatters live as long as the process.

export async function StoppedClockNote({ stopped }: { stopped: StoppedClock | null | undefined }) {
  if (!stopped) return null;
  const [t, format] = await Promise.all([getTranslations('clock'), getFormatter()]);
  return <StoppedClockText stopped={stopped} words={{ t, when: (d) => format.dateTime(new Date(d), shortDateTime) }} />;
}

export async function ProvisionalDueNote({ provisional }: { provisional: boolean | undefined }) {
  return provisional ? <ProvisionalDueText t={await getTranslations('clock')} /> : null;
}
