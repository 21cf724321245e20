'use client';
import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, FieldErrors, Textarea } from '@/components/ui/field';
import { rateServiceAction } from './conversation-actions';

const LEVELS = [5, 4, 3, 2, 1] as const;

/**
 * 好差评 of one stage as one short question (the overall rating, five levels as
 * the national system has them); the channel's other indicators and a comment
 * are optional, folded below it.
 */
export function RatingForm({ applicationId, occasion, indicators }: { applicationId: string; occasion: 'INTAKE' | 'CONCLUSION'; indicators: string[] }) {
  const t = useTranslations('ratings');
  const { action, pending, fieldErrors, formRef, summary } = useActionForm(rateServiceAction);
  const prefix = `rate-${occasion}`;
  const details = indicators.filter((k) => k !== 'overall');
  return (
    <form ref={formRef} action={action} className="space-y-3" aria-labelledby={`${prefix}-title`} noValidate>
      <h3 id={`${prefix}-title`} className="font-semibold text-slate-800">
        {t('rateOccasion', { occasion: t(`occasion.${occasion}`) })}
      </h3>
      <ErrorSummary {...summary} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="occasion" value={occasion} />
      <Levels prefix={prefix} indicator="overall" legend={t('overallQuestion')} errors={fieldErrors['scores.overall']} required large />
      {details.length > 0 && (
        <details className="rounded-md border border-slate-200" open={details.some((k) => fieldErrors[`scores.${k}`]) || Boolean(fieldErrors.comment)}>
          <summary className="flex min-h-10 cursor-pointer items-center px-3 py-2 text-sm text-brand-700">{t('detailsFold')}</summary>
          <div className="space-y-4 border-t border-slate-200 p-3">
            {details.map((k) => (
              <Levels key={k} prefix={prefix} indicator={k} legend={t(`indicator.${k}`)} errors={fieldErrors[`scores.${k}`]} />
            ))}
            <Field id={`${prefix}-comment`} label={t('comment')} hint={t('commentHint')} errors={fieldErrors.comment}>
              <Textarea id={`${prefix}-comment`} name="comment" errors={fieldErrors.comment} hint maxLength={500} />
            </Field>
          </div>
        </details>
      )}
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}

function Levels({
  prefix,
  indicator,
  legend,
  errors,
  required,
  large,
}: {
  prefix: string;
  indicator: string;
  legend: string;
  errors?: string[];
  required?: boolean;
  large?: boolean;
}) {
  const t = useTranslations('ratings');
  const id = `${prefix}-${indicator}`;
  return (
    <fieldset className="space-y-1" aria-describedby={errors ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">
        {legend}
        {required && (
          <span className="ml-0.5 text-seal-600" aria-hidden="true">
            *
          </span>
        )}
      </legend>
      <div className="flex flex-wrap gap-2">
        {LEVELS.map((level) => (
          <label
            key={level}
            className={`flex min-h-10 cursor-pointer items-center gap-1.5 rounded-md px-3 py-1.5 ring-1 ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-500 ${large ? 'text-base' : 'text-sm'}`}
          >
            <input id={`${id}-${level}`} type="radio" name={`scores.${indicator}`} value={level} required={required} />
            {t(`level.${level}`)}
          </label>
        ))}
      </div>
      <FieldErrors id={id} errors={errors} />
    </fieldset>
  );
}
