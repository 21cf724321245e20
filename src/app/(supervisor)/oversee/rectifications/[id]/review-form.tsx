'use client';
import { useTranslations } from 'next-intl';
import { ActionForm, FormTextarea } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { DecisionButtons } from '@/components/forms/decision-buttons';
import { Card } from '@/components/ui/card';
import { reviewRectificationAction } from '../actions';

export function ReviewForm({ rectificationId }: { rectificationId: string }) {
  const t = useTranslations('ratings');
  const form = useActionForm(reviewRectificationAction);
  return (
    <Card title={t('reviewTitle')}>
      <ActionForm form={form} hiddenFields={{ rectificationId }} className="space-y-4">
        <FormTextarea name="note" label={t('reviewNote')} required maxLength={500} />
        <DecisionButtons
          name="verdict"
          pending={form.pending}
          className="flex flex-wrap gap-3"
          choices={[
            { value: 'accept', label: t('accept') },
            { value: 'return', label: t('return'), variant: 'secondary' },
          ]}
        />
      </ActionForm>
    </Card>
  );
}
