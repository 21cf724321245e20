import type { Tone } from '@/components/ui/badge';

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

/** The colour of a case's status badge (and of a decided case's decision); plain, so client rows share it. */
export function statusTone(status: string, decision?: string | null): Tone {
  if (status === 'DECIDED' && decision) return decision === 'APPROVED' ? 'green' : 'red';
  return tone[status] ?? 'gray';
}

export const WARNING_TONES = { GREEN: 'green', YELLOW: 'yellow', RED: 'red' } as const;
export const WARNING_DOTS = { GREEN: 'bg-emerald-500', YELLOW: 'bg-amber-400', RED: 'bg-red-600' } as const;
