import { getTranslations } from 'next-intl/server';
import { Badge, type Tone } from '@/components/ui/badge';

const tone: Record<string, Tone> = {
  SUBMITTED: 'blue',
  CORRECTION_REQUIRED: 'yellow',
  REJECTED: 'red',
  ACCEPTED: 'blue',
  IN_REVIEW: 'blue',
  SUSPENDED: 'yellow',
  DECIDED: 'green',
  DELIVERED: 'green',
  WITHDRAWN: 'gray',
  DRAFT: 'gray',
};

export async function StatusBadge({ status, decision }: { status: string; decision?: string | null }) {
  const t = await getTranslations('status');
  if (status === 'DECIDED' && decision) return <Badge tone={decision === 'APPROVED' ? 'green' : 'red'}>{t(`DECIDED_${decision}`)}</Badge>;
  return <Badge tone={tone[status] ?? 'gray'}>{t(status)}</Badge>;
}

export async function WarningBadge({ warning }: { warning: 'GREEN' | 'YELLOW' | 'RED' }) {
  const t = await getTranslations('warning');
  const tones = { GREEN: 'green', YELLOW: 'yellow', RED: 'red' } as const;
  const dots = { GREEN: 'bg-emerald-500', YELLOW: 'bg-amber-400', RED: 'bg-red-600' } as const;
  return (
    <Badge tone={tones[warning]}>
      <span aria-hidden="true" className={`dot ${dots[warning]}`} />
      {t(warning)}
    </Badge>
  );
}
