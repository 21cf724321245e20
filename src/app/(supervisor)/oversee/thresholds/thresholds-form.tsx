'use client';
import { useTranslations } from 'next-intl';
import { ActionForm, FormInput } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { updateThresholdsAction } from '../actions';

export function ThresholdsForm({ days, percent }: { days: number; percent: number }) {
  const t = useTranslations('supervision');
  const form = useActionForm(updateThresholdsAction);
  // Both thresholds are required and never below zero.
  const threshold = { required: true, type: 'number', min: 0 } as const;
  return (
    <ActionForm form={form} success={t('thresholdsSaved')} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormInput name="days" label={t('thresholdDays')} hint={t('thresholdDaysHint')} {...threshold} max={30} step={0.5} defaultValue={days} />
        <FormInput name="percent" label={t('thresholdPercent')} hint={t('thresholdPercentHint')} {...threshold} max={100} step={1} defaultValue={percent} />
      </div>
      <SubmitButton pending={form.pending}>{t('saveThresholds')}</SubmitButton>
    </ActionForm>
  );
}
