'use client';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, FormAlert, Input } from '@/components/ui/field';
import { updateThresholdsAction } from './actions';

export function ThresholdsForm({ days, percent }: { days: number; percent: number }) {
  const t = useTranslations('supervision');
  const { state, action, pending, formError, fieldErrors } = useActionForm(updateThresholdsAction);
  return (
    <form action={action} className="space-y-4">
      {formError && <FormAlert>{formError}</FormAlert>}
      {state?.ok && <FormAlert tone="success">{t('thresholdsSaved')}</FormAlert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="days" label={t('thresholdDays')} hint={t('thresholdDaysHint')} errors={fieldErrors.days} required>
          <Input id="days" name="days" type="number" min={0} max={30} step={0.5} defaultValue={days} required hint errors={fieldErrors.days} />
        </Field>
        <Field id="percent" label={t('thresholdPercent')} hint={t('thresholdPercentHint')} errors={fieldErrors.percent} required>
          <Input id="percent" name="percent" type="number" min={0} max={100} step={1} defaultValue={percent} required hint errors={fieldErrors.percent} />
        </Field>
      </div>
      <SubmitButton pending={pending}>{t('saveThresholds')}</SubmitButton>
    </form>
  );
}
