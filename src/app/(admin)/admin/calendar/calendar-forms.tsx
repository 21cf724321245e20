'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { useErrorText } from '@/components/forms/use-error-text';
import { Button, SubmitButton } from '@/components/ui/button';
import { Field, FormAlert, Select, InputField } from '@/components/ui/field';
import { addCalendarDayAction, confirmCalendarYearAction, removeCalendarDayAction } from './actions';

export function AddCalendarDayForm() {
  const t = useTranslations('calendarAdmin');
  const { state, action, pending, formError, fieldErrors } = useActionForm(addCalendarDayAction);
  return (
    <form action={action} className="space-y-4">
      {formError && <FormAlert>{formError}</FormAlert>}
      {state?.ok && <FormAlert tone="success">{t('saved', { moved: state.data?.moved ?? 0 })}</FormAlert>}
      <div className="grid gap-4 sm:grid-cols-3">
        <InputField id="date" label={t('date')} errors={fieldErrors.date} required name="date" type="date" />
        <Field id="kind" label={t('kind')} errors={fieldErrors.kind} required>
          <Select id="kind" name="kind" errors={fieldErrors.kind} defaultValue="holiday">
            <option value="holiday">{t('holiday')}</option>
            <option value="workday">{t('workday')}</option>
          </Select>
        </Field>
        <InputField id="name" label={t('name')} errors={fieldErrors.name} required name="name" maxLength={40} placeholder={t('namePlaceholder')} />
      </div>
      <SubmitButton pending={pending}>{t('add')}</SubmitButton>
    </form>
  );
}

export function RemoveCalendarDayButton({ date, label }: { date: string; label: string }) {
  const t = useTranslations('calendarAdmin');
  const [state, action, pending] = useActionState(removeCalendarDayAction, null);
  const { formError } = useErrorText(state);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="date" value={date} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={t('removeLabel', { date, name: label })}>
        {t('remove')}
      </Button>
      {formError && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {formError}
        </span>
      )}
    </form>
  );
}

export function ConfirmCalendarYearForm({ year }: { year: number }) {
  const t = useTranslations('calendarAdmin');
  const [state, action, pending] = useActionState(confirmCalendarYearAction, null);
  const { formError } = useErrorText(state);
  return (
    <form action={action} className="space-y-2">
      {formError && <FormAlert>{formError}</FormAlert>}
      {state?.ok && <FormAlert tone="success">{t('confirmed', { year, moved: state.data?.moved ?? 0 })}</FormAlert>}
      <input type="hidden" name="year" value={year} />
      <Button type="submit" disabled={pending || state?.ok}>
        {t('confirmYear', { year })}
      </Button>
    </form>
  );
}
