'use client';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { DeliveryChoiceFields, type PickupInfo } from '@/components/results/delivery-choice-fields';
import { SubmitButton } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/field';
import type { DeliveryMethod } from '@/lib/results/delivery-options';
import { chooseDeliveryAction } from './delivery-actions';

/** Change how the result reaches the applicant, until it is handed over. */
export function DeliveryChoiceForm(props: {
  applicationId: string;
  methods: DeliveryMethod[];
  chosen: DeliveryMethod | null;
  address: string;
  postalFee: string | null;
  pickup: PickupInfo;
}) {
  const t = useTranslations('resultDelivery');
  const { state, action, pending, formError, fieldErrors } = useActionForm(chooseDeliveryAction);
  return (
    <form action={action} className="space-y-4" aria-label={t('chooseTitle')} noValidate>
      {formError && <FormAlert>{formError}</FormAlert>}
      {state?.ok && <FormAlert tone="success">{t('saved')}</FormAlert>}
      <input type="hidden" name="applicationId" value={props.applicationId} />
      <DeliveryChoiceFields {...props} fieldErrors={fieldErrors} />
      {props.methods.length > 1 && (
        <SubmitButton pending={pending} variant="secondary">
          {t('save')}
        </SubmitButton>
      )}
    </form>
  );
}
