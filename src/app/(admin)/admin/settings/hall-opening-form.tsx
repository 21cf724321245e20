'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ActionForm, FormInput } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { FieldErrors } from '@/components/ui/field';
import { WEEKDAYS, type HallOpening } from '@/lib/hall/opening-schema';
import { updateHallOpeningAction } from './actions';

export function HallOpeningForm({ opening }: { opening: HallOpening }) {
  const t = useTranslations('hallOpening');
  const form = useActionForm(updateHallOpeningAction);
  const { fieldErrors } = form;
  // Controlled, so a refused value stays beside its error instead of the form resetting it.
  const [days, setDays] = useState<number[]>(opening.weekdays);
  const [open, setOpen] = useState(opening.open);
  const [close, setClose] = useState(opening.close);
  const toggle = (d: number) => setDays((ds) => (ds.includes(d) ? ds.filter((x) => x !== d) : [...ds, d]));
  return (
    <ActionForm form={form} success={t('saved')} className="space-y-4" noValidate>
      <p className="text-sm text-slate-600">{t('description')}</p>
      <fieldset aria-describedby={fieldErrors.weekdays?.length ? 'weekdays-error' : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t('weekdays')}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {WEEKDAYS.map((d) => (
            <label
              key={d}
              className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md px-3 ring-1 ring-inset ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-600"
            >
              <input type="checkbox" name="weekdays" value={d} checked={days.includes(d)} onChange={() => toggle(d)} className="h-4 w-4" />
              <span className="text-sm text-slate-800">{t(`day.${d}`)}</span>
            </label>
          ))}
        </div>
        <FieldErrors id="weekdays" errors={fieldErrors.weekdays} />
      </fieldset>
      <div className="grid gap-4 sm:max-w-md sm:grid-cols-2">
        <FormInput name="open" label={t('open')} hint={t('hoursHint')} required type="time" value={open} onChange={(e) => setOpen(e.target.value)} />
        <FormInput name="close" label={t('close')} required type="time" value={close} onChange={(e) => setClose(e.target.value)} />
      </div>
      <SubmitButton pending={form.pending}>{t('save')}</SubmitButton>
    </ActionForm>
  );
}
