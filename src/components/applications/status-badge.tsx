import { getTranslations } from '@/i18n/server';
import { Badge } from '@/components/ui/badge';
import { statusTone, WARNING_DOTS, WARNING_TONES } from './status-tone';

export async function StatusBadge({ status, decision }: { status: string; decision?: string | null }) {
  const t = await getTranslations('status');
  return <Badge tone={statusTone(status, decision)}>{t(status === 'DECIDED' && decision ? `DECIDED_${decision}` : status)}</Badge>;
}

export async function WarningBadge({ warning }: { warning: 'GREEN' | 'YELLOW' | 'RED' }) {
  const t = await getTranslations('warning');
  return (
    <Badge tone={WARNING_TONES[warning]}>
      <span aria-hidden="true" className={`dot ${WARNING_DOTS[warning]}`} />
      {t(warning)}
    </Badge>
  );
}
