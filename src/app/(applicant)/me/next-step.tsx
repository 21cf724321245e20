import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { ApplicantNextStep } from '@/lib/applications/next-steps';

/** What happens next with a case; when it is the applicant's turn, a link to where they act. */
export async function NextStep({ step, itemName }: { step: ApplicantNextStep; itemName: string }) {
  const [t, a, k] = await Promise.all([getTranslations('nextStep'), getTranslations('applicantNextStep'), getTranslations('clockStop.kinds')]);
  if (step.key === 'MATERIAL_REQUESTED') {
    return (
      <div className="space-y-1">
        <Badge tone="red">{a('yourTurn')}</Badge>
        <Link
          href={step.href ?? '#'}
          aria-label={a('materialRequestedLabel', { item: itemName })}
          className="block text-sm font-medium text-seal-700 underline"
        >
          {a('MATERIAL_REQUESTED')}
        </Link>
        <span className="block text-xs text-slate-500">{a('materialRequestedBy', { department: step.department ?? '—' })}</span>
      </div>
    );
  }
  const text =
    step.key === 'SUSPENDED_FOR' ? a('SUSPENDED_FOR', { kind: step.procedure ? k(step.procedure) : t('SUSPENDED') }) : t.has(step.key) ? t(step.key) : '—';
  if (!step.yourTurn || !step.href) return <span className="text-sm text-slate-600">{text}</span>;
  return (
    <div className="space-y-1">
      <Badge tone="red">{a('yourTurn')}</Badge>
      <Link href={step.href} className="block text-sm font-medium text-seal-700 underline">
        {text}
      </Link>
    </div>
  );
}
