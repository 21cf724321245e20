'use client';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, FieldErrors, FormAlert, Textarea } from '@/components/ui/field';
import { rateServiceAction } from './conversation-actions';

const LEVELS = [5, 4, 3, 2, 1] as const;

export function RatingForm({ applicationId, occasion, indicators }: { applicationId: string; occasion: 'INTAKE' | 'CONCLUSION'; indicators: string[] }) {
  const t = useTranslations('ratings');
  const { action, pending, formError, fieldErrors } = useActionForm(rateServiceAction);
  const prefix = `rate-${occasion}`;
  return (
    <form action={action} className="space-y-4" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`} className="font-semibold text-slate-800">
        {t('rateOccasion', { occasion: t(`occasion.${occasion}`) })}
      </h3>
      {formError && <FormAlert>{formError}</FormAlert>}
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="occasion" value={occasion} />
      {indicators.map((k) => (
        <fieldset key={k} className="space-y-1" aria-describedby={fieldErrors[`scores.${k}`] ? `${prefix}-${k}-error` : undefined}>
          <legend className="text-sm font-medium text-slate-800">
            {t(`indicator.${k}`)}
            <span className="ml-0.5 text-seal-600" aria-hidden="true">*</span>
          </legend>
          <div className="flex flex-wrap gap-2">
            {LEVELS.map((level) => (
              <label key={level} className="flex min-h-10 cursor-pointer items-center gap-1.5 rounded-md px-3 py-1.5 text-sm ring-1 ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-500">
                <input type="radio" name={`scores.${k}`} value={level} required />
                {t(`level.${level}`)}
              </label>
            ))}
          </div>
          <FieldErrors id={`${prefix}-${k}`} errors={fieldErrors[`scores.${k}`]} />
        </fieldset>
      ))}
      <Field id={`${prefix}-comment`} label={t('comment')} hint={t('commentHint')} errors={fieldErrors.comment}>
        <Textarea id={`${prefix}-comment`} name="comment" errors={fieldErrors.comment} hint maxLength={500} />
      </Field>
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
