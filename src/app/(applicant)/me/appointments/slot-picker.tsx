'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { ActionButton } from '@/components/forms/action-button';
import { HiddenFields } from '@/components/forms/hidden-fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormAlert } from '@/components/ui/field';
import { bookAppointmentAction, cancelAppointmentAction } from './actions';

type Slot = { start: string; left: number };

/** Slots grouped by day; each free slot is its own one-button form. */
export function SlotPicker({ itemId, days }: { itemId: string; days: { day: string; slots: Slot[] }[] }) {
  const t = useTranslations('intake.appointments');
  const format = useFormatter();
  const { state, action, pending, formError, fieldErrors } = useActionForm(bookAppointmentAction);
  const slotError = fieldErrors.slotStart?.[0];
  return (
    <div className="space-y-4">
      {state?.ok && <FormAlert tone="success">{t('booked')}</FormAlert>}
      {(slotError || formError) && <FormAlert>{slotError ?? formError}</FormAlert>}
      {days.map(({ day, slots }) => (
        <section key={day} aria-label={format.dateTime(new Date(slots[0].start), { dateStyle: 'full' })}>
          <h3 className="mb-2 text-sm font-semibold text-slate-700">{format.dateTime(new Date(slots[0].start), { dateStyle: 'full' })}</h3>
          <ul className="flex flex-wrap gap-2">
            {slots.map((slot) => {
              const time = format.dateTime(new Date(slot.start), { timeStyle: 'short' });
              return (
                <li key={slot.start}>
                  <form action={action} noValidate>
                    <HiddenFields values={{ itemId, slotStart: slot.start }} />
                    <button
                      type="submit"
                      disabled={pending || slot.left <= 0}
                      className="rounded-md border border-brand-200 px-3 py-2 text-sm text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:border-slate-200 disabled:text-slate-400"
                    >
                      <span className="sr-only">{t('book')} </span>
                      {time}
                      <span className="ml-1 text-xs">{slot.left > 0 ? t('left', { left: slot.left }) : t('full')}</span>
                    </button>
                  </form>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function CancelButton({ appointmentId, label }: { appointmentId: string; label: string }) {
  const t = useTranslations('intake.appointments');
  return (
    <ActionButton run={cancelAppointmentAction} hiddenFields={{ appointmentId }} label={label}>
      {t('cancel')}
    </ActionButton>
  );
}
