'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ActionForm } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { updateRectificationLimitAction } from './actions';

export function RectificationLimitForm({ days }: { days: number }) {
  const t = useTranslations('rectificationLimit');
  const form = useActionForm(updateRectificationLimitAction);
  // Controlled, so a refused value stays in the field beside its error instead of the form resetting it.
  const [value, setValue] = useState(String(days));
  return (
    <ActionForm form={form} success={form.state?.ok && form.state.data && t('saved', { days: form.state.data.days })} className="space-y-4" noValidate>
      <Field id="days" label={t('days')} hint={t('daysHint')} errors={form.fieldErrors.days} required>
        <div className="sm:max-w-40">
          <Input
            id="days"
            type="number"
            inputMode="numeric"
            min={1}
            max={60}
            step={1}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            required
            hint
            errors={form.fieldErrors.days}
          />
        </div>
      </Field>
      <SubmitButton pending={form.pending}>{t('save')}</SubmitButton>
    </ActionForm>
  );
}
