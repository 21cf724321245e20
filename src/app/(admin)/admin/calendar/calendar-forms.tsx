'use client';
import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/forms/action-button';
import { ActionForm, FormInput, FormSelect } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button, SubmitButton } from '@/components/ui/button';
import { addCalendarDayAction, confirmCalendarYearAction, removeCalendarDayAction } from './actions';

export function AddCalendarDayForm() {
  const t = useTranslations('calendarAdmin');
  const form = useActionForm(addCalendarDayAction);
  return (
    <ActionForm form={form} success={t('saved', { moved: form.state?.ok ? (form.state.data?.moved ?? 0) : 0 })} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <FormInput name="date" label={t('date')} required type="date" />
        <FormSelect name="kind" label={t('kind')} required defaultValue="holiday">
          <option value="holiday">{t('holiday')}</option>
          <option value="workday">{t('workday')}</option>
        </FormSelect>
        <FormInput name="name" label={t('name')} required maxLength={40} placeholder={t('namePlaceholder')} />
      </div>
      <SubmitButton pending={form.pending}>{t('add')}</SubmitButton>
    </ActionForm>
  );
}

export function RemoveCalendarDayButton({ date, label }: { date: string; label: string }) {
  const t = useTranslations('calendarAdmin');
  return (
    <ActionButton run={removeCalendarDayAction} hiddenFields={{ date }} label={t('removeLabel', { date, name: label })}>
      {t('remove')}
    </ActionButton>
  );
}

export function ConfirmCalendarYearForm({ year }: { year: number }) {
  const t = useTranslations('calendarAdmin');
  const form = useActionForm(confirmCalendarYearAction);
  const moved = form.state?.ok ? (form.state.data?.moved ?? 0) : 0;
  return (
    <ActionForm form={form} success={t('confirmed', { year, moved })} hiddenFields={{ year }} className="space-y-2">
      <Button type="submit" disabled={form.pending || form.state?.ok}>
        {t('confirmYear', { year })}
      </Button>
    </ActionForm>
  );
}
