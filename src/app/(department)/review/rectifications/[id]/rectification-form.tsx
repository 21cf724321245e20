'use client';
import { useTranslations } from 'next-intl';
import { ActionForm, FormTextarea } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { DecisionButtons } from '@/components/forms/decision-buttons';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { updateRectificationAction } from '../actions';

export function RectificationForm({ rectificationId, canStart }: { rectificationId: string; canStart: boolean }) {
  const t = useTranslations('ratings');
  const form = useActionForm(updateRectificationAction);
  const { pending } = form;
  return (
    <Card title={t('handleTitle')}>
      <ActionForm form={form} hiddenFields={{ rectificationId }} className="space-y-4">
        <FormTextarea name="outcome" label={t('outcome')} hint={t('outcomeHint')} maxLength={1000} />
        <FormTextarea name="callbackNote" label={t('callbackNote')} hint={t('callbackHint')} maxLength={500} rows={2} />
        <div className="flex flex-wrap gap-3">
          {canStart && (
            <Button type="submit" name="action" value="start" variant="secondary" disabled={pending} formNoValidate>
              {t('start')}
            </Button>
          )}
          <DecisionButtons
            name="action"
            pending={pending}
            className="contents"
            choices={[
              { value: 'complete', label: t('complete') },
              { value: 'cannot', label: t('cannot'), variant: 'secondary' },
              { value: 'invalid', label: t('invalid'), variant: 'secondary' },
            ]}
          />
        </div>
      </ActionForm>
    </Card>
  );
}
