import { getFormatter, getTranslations } from '@/i18n/server';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Options, Select } from '@/components/ui/field';
import { requirePageActor } from '@/lib/auth/session';
import { shanghaiDate } from '@/lib/clock/calendar';
import { listAppointmentSlots } from '@/lib/hall/list-appointment-slots';
import { listBookableItems } from '@/lib/hall/list-bookable-items';
import { orNotFound } from '@/lib/page';
import { CancelButton, SlotPicker } from './slot-picker';
import { titleFrom } from '@/app/page-title';

type Props = { searchParams: Promise<{ item?: string }> };

export const generateMetadata = titleFrom('intake.appointments');

export default async function AppointmentsPage({ searchParams }: Props) {
  const { item } = await searchParams;
  const actor = await requirePageActor(['APPLICANT'], '/me/appointments');
  const [t, format, items] = await Promise.all([getTranslations('intake.appointments'), getFormatter(), listBookableItems(actor)]);
  const chosen = item ? await orNotFound(listAppointmentSlots(actor, item)) : null;
  const days: { day: string; slots: { start: string; left: number }[] }[] = [];
  for (const slot of chosen?.slots ?? []) {
    const day = shanghaiDate(slot.start);
    if (days.at(-1)?.day !== day) days.push({ day, slots: [] });
    days.at(-1)!.slots.push({ start: slot.start.toISOString(), left: slot.left });
  }

  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      <Card title={t('chooseItem')}>
        <form className="flex flex-wrap items-end gap-3" noValidate>
          <div className="min-w-0 flex-1">
            <label htmlFor="item" className="mb-1 block text-sm font-medium text-slate-700">
              {t('item')}
            </label>
            <Select id="item" name="item" defaultValue={item ?? ''}>
              <option value="">{t('chooseItem')}</option>
              <Options items={items.map((i) => ({ value: i.id, label: i.name }))} />
            </Select>
          </div>
          <button className="rounded-md px-3 py-2 text-sm text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">{t('showSlots')}</button>
        </form>
      </Card>
      {chosen && item && (
        <>
          <Card title={t('mine', { item: chosen.itemName })}>
            {chosen.mine.length === 0 ? (
              <EmptyState>{t('none')}</EmptyState>
            ) : (
              <ul className="space-y-2">
                {chosen.mine.map((m) => {
                  const when = format.dateTime(m.slotStart, { dateStyle: 'full', timeStyle: 'short' });
                  return (
                    <li key={m.id} className="flex flex-wrap items-center justify-between gap-3">
                      <span className="font-medium">{when}</span>
                      <CancelButton appointmentId={m.id} label={t('cancelAt', { when })} />
                    </li>
                  );
                })}
              </ul>
            )}
          </Card>
          <Card title={t('slots')}>
            <SlotPicker itemId={item} days={days} />
          </Card>
        </>
      )}
    </div>
  );
}
