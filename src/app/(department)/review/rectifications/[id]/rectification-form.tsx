'use client';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { DecisionButtons } from '@/components/forms/decision-buttons';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormAlert, TextareaField } from '@/components/ui/field';
import { updateRectificationAction } from '../actions';

export function RectificationForm({ rectificationId, canStart }: { rectificationId: string; canStart: boolean }) {
  const t = useTranslations('ratings');
  const { action, pending, formError, fieldErrors } = useActionForm(updateRectificationAction);
  return (
    <Card title={t('handleTitle')}>
      <form action={action} className="space-y-4">
        {formError && <FormAlert>{formError}</FormAlert>}
        <input type="hidden" name="rectificationId" value={rectificationId} />
        <TextareaField id="outcome" label={t('outcome')} hint={t('outcomeHint')} errors={fieldErrors.outcome} maxLength={1000} />
        <TextareaField id="callbackNote" label={t('callbackNote')} hint={t('callbackHint')} errors={fieldErrors.callbackNote} maxLength={500} rows={2} />
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
      </form>
    </Card>
  );
}
