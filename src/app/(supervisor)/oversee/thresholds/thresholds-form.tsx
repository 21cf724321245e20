'use client';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { FormAlert, InputField } from '@/components/ui/field';
import { updateThresholdsAction } from '../actions';

export function ThresholdsForm({ days, percent }: { days: number; percent: number }) {
  const t = useTranslations('supervision');
  const { state, action, pending, formError, fieldErrors } = useActionForm(updateThresholdsAction);
  return (
    <form action={action} className="space-y-4">
      {formError && <FormAlert>{formError}</FormAlert>}
      {state?.ok && <FormAlert tone="success">{t('thresholdsSaved')}</FormAlert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField
          id="days"
          label={t('thresholdDays')}
          hint={t('thresholdDaysHint')}
          errors={fieldErrors.days}
          required
          name="days"
          type="number"
          min={0}
          max={30}
          step={0.5}
          defaultValue={days}
        />
        <InputField
          id="percent"
          label={t('thresholdPercent')}
          hint={t('thresholdPercentHint')}
          errors={fieldErrors.percent}
          required
          name="percent"
          type="number"
          min={0}
          max={100}
          step={1}
          defaultValue={percent}
        />
      </div>
      <SubmitButton pending={pending}>{t('saveThresholds')}</SubmitButton>
    </form>
  );
}
