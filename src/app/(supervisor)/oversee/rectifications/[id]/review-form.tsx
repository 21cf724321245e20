'use client';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { DecisionButtons } from '@/components/forms/decision-buttons';
import { Card } from '@/components/ui/card';
import { FormAlert, TextareaField } from '@/components/ui/field';
import { reviewRectificationAction } from '../actions';

export function ReviewForm({ rectificationId }: { rectificationId: string }) {
  const t = useTranslations('ratings');
  const { action, pending, formError, fieldErrors } = useActionForm(reviewRectificationAction);
  return (
    <Card title={t('reviewTitle')}>
      <form action={action} className="space-y-4">
        {formError && <FormAlert>{formError}</FormAlert>}
        <input type="hidden" name="rectificationId" value={rectificationId} />
        <TextareaField id="note" label={t('reviewNote')} errors={fieldErrors.note} required maxLength={500} />
        <DecisionButtons
          name="verdict"
          pending={pending}
          className="flex flex-wrap gap-3"
          choices={[
            { value: 'accept', label: t('accept') },
            { value: 'return', label: t('return'), variant: 'secondary' },
          ]}
        />
      </form>
    </Card>
  );
}
