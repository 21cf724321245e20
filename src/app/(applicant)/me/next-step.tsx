import Link from '@/components/ui/link';
import { Badge } from '@/components/ui/badge';
import type { ApplicantNextStep } from '@/lib/applications/next-steps';

type Translator = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

/**
 * What happens next with a case, in words (short keys: a row of 我的申请 carries it to the
 * browser as data): the text; when it is the applicant's turn, the "your turn" badge and the
 * link to where they act, with its accessible name and who asked.
 */
export type NextStepWords = { t: string; turn?: string; h?: string; l?: string; by?: string };

/** Takes the page's root translator (`getTranslations()`), so the rows need no messages in the browser. */
export function nextStepWords(t: Translator, step: ApplicantNextStep, itemName: string): NextStepWords {
  if (step.key === 'MATERIAL_REQUESTED') {
    return {
      t: t('applicantNextStep.MATERIAL_REQUESTED'),
      turn: t('applicantNextStep.yourTurn'),
      h: step.href ?? '#',
      l: t('applicantNextStep.materialRequestedLabel', { item: itemName }),
      by: t('applicantNextStep.materialRequestedBy', { department: step.department ?? '—' }),
    };
  }
  const text =
    step.key === 'SUSPENDED_FOR'
      ? t('applicantNextStep.SUSPENDED_FOR', { kind: step.procedure ? t(`clockStop.kinds.${step.procedure}`) : t('nextStep.SUSPENDED') })
      : t.has(`nextStep.${step.key}`)
        ? t(`nextStep.${step.key}`)
        : '—';
  return step.yourTurn && step.href ? { t: text, turn: t('applicantNextStep.yourTurn'), h: step.href } : { t: text };
}

/** The next step as shown: plain text, or the red "your turn" badge over the link. */
export function NextStep({ step }: { step: NextStepWords }) {
  if (!step.h) return <span className="text-sm text-slate-600">{step.t}</span>;
  return (
    <div className="space-y-1">
      <Badge tone="red">{step.turn}</Badge>
      <Link href={step.h} aria-label={step.l} className="turn-link">
        {step.t}
      </Link>
      {step.by && <span className="block text-xs text-slate-500">{step.by}</span>}
    </div>
  );
}
