'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Field, FieldErrors, Textarea } from '@/components/ui/field';
import type { DeliveryMethod } from '@/lib/results/delivery-options';

export type PickupInfo = { center: string; windows: string[]; opening: { weekdays: number[]; open: string; close: string } };

/**
 * The applicant's choice of how the result reaches them: the item's methods as
 * radio buttons, with what each means (where and when to collect it and what to
 * bring; the address and the postage). Sends `deliveryMethod` and `deliveryAddress`.
 */
export function DeliveryChoiceFields(props: {
  methods: DeliveryMethod[];
  chosen: DeliveryMethod | null;
  address: string;
  postalFee: string | null;
  pickup: PickupInfo;
  fieldErrors: Record<string, string[]>;
  idPrefix?: string;
  /** The legend only for screen readers, where a heading above already says it. */
  legendHidden?: boolean;
}) {
  const t = useTranslations('resultDelivery');
  const [method, setMethod] = useState<DeliveryMethod>(props.chosen && props.methods.includes(props.chosen) ? props.chosen : 'WINDOW');
  const id = (name: string) => `${props.idPrefix ?? ''}${name}`;
  return (
    <div className="space-y-4">
      <fieldset aria-describedby={props.fieldErrors.deliveryMethod ? `${id('deliveryMethod')}-error` : undefined}>
        <legend className={props.legendHidden ? 'sr-only' : 'mb-2 text-sm font-medium text-slate-800'}>{t('chooseTitle')}</legend>
        {props.methods.length === 1 && <p className="text-sm text-slate-600">{t('onlyWindow')}</p>}
        <div className="grid gap-2 sm:grid-cols-3">
          {props.methods.map((m) => (
            <label
              key={m}
              className={`flex cursor-pointer gap-3 rounded-md border p-3 text-sm ${method === m ? 'border-brand-600 bg-brand-50' : 'border-slate-300'}`}
            >
              <input type="radio" name="deliveryMethod" value={m} checked={method === m} onChange={() => setMethod(m)} className="mt-0.5 h-4 w-4" />
              <span>
                <span className="block font-medium text-slate-900">{t(`methods.${m}`)}</span>
                <span className="block text-slate-600">{t(`methodHints.${m}`)}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldErrors id={id('deliveryMethod')} errors={props.fieldErrors.deliveryMethod} />
      </fieldset>
      {method === 'WINDOW' && <PickupDetails pickup={props.pickup} />}
      {method === 'POST' && (
        <div className="space-y-1">
          <Field id={id('deliveryAddress')} label={t('address')} hint={t('addressHint')} required errors={props.fieldErrors.deliveryAddress}>
            <Textarea
              id={id('deliveryAddress')}
              name="deliveryAddress"
              defaultValue={props.address}
              errors={props.fieldErrors.deliveryAddress}
              hint={t('addressHint')}
              maxLength={200}
              rows={2}
              autoComplete="street-address"
            />
          </Field>
          <p className="text-sm text-slate-600">{props.postalFee ? t('postalFee', { fee: props.postalFee }) : t('postalFeeFree')}</p>
        </div>
      )}
    </div>
  );
}

/** Where and when to collect a result, and what to bring. */
function PickupDetails({ pickup }: { pickup: PickupInfo }) {
  const t = useTranslations('resultDelivery');
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-md bg-slate-50 p-3 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="text-slate-500">{t('place')}</dt>
      <dd className="font-medium text-slate-900">
        {pickup.center}
        {pickup.windows.length > 0 && ` · ${pickup.windows.join(t('daysJoin'))}`}
      </dd>
      <dt className="text-slate-500">{t('hours')}</dt>
      <dd className="font-medium text-slate-900">
        {t('hoursLine', { days: openingDays(t, pickup.opening.weekdays), open: pickup.opening.open, close: pickup.opening.close })}
      </dd>
      <dt className="text-slate-500">{t('bring')}</dt>
      <dd className="text-slate-900">{t('bringText')}</dd>
    </dl>
  );
}

/** 周一至周五, or a list (周一、周三) when the days are not one run, Monday first. */
function openingDays(t: ReturnType<typeof useTranslations<'resultDelivery'>>, weekdays: number[]): string {
  const mondayFirst = (d: number) => (d + 6) % 7;
  const days = [...weekdays].sort((a, b) => mondayFirst(a) - mondayFirst(b));
  const name = (d: number) => t(`weekdays.${d}` as 'weekdays.0');
  const run = days.length > 2 && days.every((d, i) => i === 0 || mondayFirst(d) === mondayFirst(days[i - 1]!) + 1);
  return run ? t('daysRange', { from: name(days[0]!), to: name(days.at(-1)!) }) : days.map(name).join(t('daysJoin'));
}
