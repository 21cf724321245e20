'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, FormAlert, Input } from '@/components/ui/field';
import { updateRectificationLimitAction } from './actions';

export function RectificationLimitForm({ days }: { days: number }) {
  const t = useTranslations('rectificationLimit');
  const { state, action, pending, formError, fieldErrors } = useActionForm(updateRectificationLimitAction);
  // Controlled, so a refused value stays in the field beside its error instead of the form resetting it.
  const [value, setValue] = useState(String(days));
  return (
    <form action={action} className="space-y-4" noValidate>
      {formError && <FormAlert>{formError}</FormAlert>}
      {state?.ok && state.data && <FormAlert tone="success">{t('saved', { days: state.data.days })}</FormAlert>}
      <Field id="days" label={t('days')} hint={t('daysHint')} errors={fieldErrors.days} required>
        <div className="sm:max-w-40">
          <Input
            id="days"
            name="days"
            type="number"
            inputMode="numeric"
            min={1}
            max={60}
            step={1}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            required
            hint
            errors={fieldErrors.days}
          />
        </div>
      </Field>
      <SubmitButton pending={pending}>{t('save')}</SubmitButton>
    </form>
  );
}
