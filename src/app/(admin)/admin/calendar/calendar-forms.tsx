'use client';
import { useTranslations } from 'next-intl';
import { ActionForm, FormInput, FormSelect } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Badge } from '@/components/ui/badge';
import { Button, SubmitButton } from '@/components/ui/button';
import { Table, Td } from '@/components/ui/table';
import { weekday } from '@/lib/clock/calendar';
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

type CalendarDay = { date: string; working: boolean; name: string | null; source: string };

/**
 * A year's holidays and make-up working days, each with its remove button. One form for the whole
 * table, the clicked button giving the date: the rows come as data and are drawn here, instead of a
 * form of its own (and its hidden fields) in every row and the row's markup once more in the payload.
 */
export function CalendarDaysTable({ days, caption }: { days: CalendarDay[]; caption: string }) {
  const t = useTranslations('calendarAdmin');
  const form = useActionForm(removeCalendarDayAction);
  return (
    <ActionForm form={form} success={t('saved', { moved: form.state?.ok ? (form.state.data?.moved ?? 0) : 0 })} className="space-y-3">
      <Table caption={caption} head={[t('date'), t('weekday'), t('kind'), t('name'), t('source'), t('actions')]}>
        {days.map((d) => (
          <tr key={d.date}>
            <Td className="whitespace-nowrap font-mono">{d.date}</Td>
            <Td>{t(`weekdays.${weekday(d.date)}`)}</Td>
            <Td>{d.working ? <Badge tone="blue">{t('workday')}</Badge> : <Badge tone="red">{t('holiday')}</Badge>}</Td>
            <Td>{d.name ?? '—'}</Td>
            <Td>{d.source === 'admin' ? t('sourceAdmin') : d.source === 'statutory' ? t('sourceStatutory') : t('sourcePackage')}</Td>
            <Td>
              <Button
                type="submit"
                name="date"
                value={d.date}
                variant="secondary"
                disabled={form.pending}
                aria-label={t('removeLabel', { date: d.date, name: d.name ?? '' })}
              >
                {t('remove')}
              </Button>
            </Td>
          </tr>
        ))}
      </Table>
    </ActionForm>
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
