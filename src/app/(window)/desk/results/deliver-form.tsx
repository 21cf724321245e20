'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, FormAlert, Input, Select } from '@/components/ui/field';
import type { DeliveryMethod } from '@/lib/results/delivery-options';
import { deliverResultAction } from './actions';

export function DeliverForm({
  applicationId,
  receiverName,
  methods,
  chosen,
}: {
  applicationId: string;
  receiverName: string;
  methods: DeliveryMethod[];
  chosen: DeliveryMethod | null;
}) {
  const t = useTranslations('delivery');
  const { action, pending, formError, fieldErrors } = useActionForm(deliverResultAction);
  const [method, setMethod] = useState<DeliveryMethod>(chosen && methods.includes(chosen) ? chosen : 'WINDOW');
  const id = (name: string) => `${name}-${applicationId}`;
  return (
    <form action={action} className="space-y-3" aria-label={t('formTitle')} noValidate>
      {formError && <FormAlert>{formError}</FormAlert>}
      <input type="hidden" name="applicationId" value={applicationId} />
      <Field id={id('method')} label={t('method')} errors={fieldErrors.method}>
        <Select id={id('method')} name="method" value={method} onChange={(e) => setMethod(e.target.value as typeof method)}>
          {methods.map((m) => (
            <option key={m} value={m}>
              {t(`methods.${m}`)}
            </option>
          ))}
        </Select>
      </Field>
      {method === 'WINDOW' && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={id('receiverName')} label={t('receiverName')} errors={fieldErrors.receiverName} required>
            <Input id={id('receiverName')} name="receiverName" defaultValue={receiverName} errors={fieldErrors.receiverName} maxLength={50} />
          </Field>
          <Field id={id('receiverIdNo')} label={t('receiverIdNo')} errors={fieldErrors.receiverIdNo} required>
            <Input id={id('receiverIdNo')} name="receiverIdNo" errors={fieldErrors.receiverIdNo} maxLength={30} autoComplete="off" />
          </Field>
          <label className="flex items-center gap-2 text-sm sm:col-span-2">
            <input type="checkbox" name="idChecked" className="h-4 w-4" aria-describedby={fieldErrors.idChecked ? id('idCheckedErr') : undefined} />
            {t('idChecked')}
          </label>
          {fieldErrors.idChecked && (
            <p id={id('idCheckedErr')} className="text-sm text-seal-700 sm:col-span-2">
              {t('idCheckedRequired')}
            </p>
          )}
        </div>
      )}
      {method === 'POST' && (
        <Field id={id('trackingNumber')} label={t('trackingNumber')} errors={fieldErrors.trackingNumber} required>
          <Input id={id('trackingNumber')} name="trackingNumber" errors={fieldErrors.trackingNumber} maxLength={40} />
        </Field>
      )}
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
