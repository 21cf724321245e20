import type { Warning } from '@/lib/clock/due-date';
import { TrailingBadge } from '@/components/ui/badge';

/** A running deadline's colour beside its date (红牌超期, 黄牌预警); nothing while green. Takes the page's root translator. */
export function DeadlineBadge({ warning, t }: { warning: Warning; t: (key: string) => string }) {
  return warning === 'GREEN' ? null : <TrailingBadge tone={warning === 'RED' ? 'red' : 'yellow'}>{t(`warning.${warning}`)}</TrailingBadge>;
}
