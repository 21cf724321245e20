import 'server-only';
import { getFormatter, getTranslations } from '@/i18n/server';
import type { TimelineEvent } from '@/components/applications/timeline-list';
import { auditActionText } from '@/i18n/audit-text';
import { lookupProgress, type PublicProgress } from './lookup-progress';

export type TrackedProgress = Omit<PublicProgress, 'timeline'> & { timeline: TimelineEvent[] };

/**
 * The public lookup with its timeline already in words and its times formatted in the
 * reader's language: the browser then needs neither the audit wording (`auditWords`,
 * `timeline`, about 7 KB of messages) nor a translator for it, which kept /track over
 * its 30 KB (docs/performance.md, "Page weight, second pass").
 */
export async function lookupProgressInWords(input: Parameters<typeof lookupProgress>[0]): Promise<TrackedProgress> {
  const progress = await lookupProgress(input);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return {
    ...progress,
    timeline: progress.timeline.map((e) => ({
      id: e.id,
      at: e.at,
      text: auditActionText(t, e.action),
      when: format.dateTime(e.at, { dateStyle: 'medium', timeStyle: 'short' }),
    })),
  };
}
