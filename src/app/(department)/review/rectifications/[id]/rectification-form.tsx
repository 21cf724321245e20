'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { useErrorText } from '@/components/forms/use-error-text';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, FormAlert, Textarea } from '@/components/ui/field';
import { updateRectificationAction } from '../actions';

export function RectificationForm({ rectificationId, canStart }: { rectificationId: string; canStart: boolean }) {
  const t = useTranslations('ratings');
  const [state, action, pending] = useActionState(updateRectificationAction, null);
  const { formError, fieldErrors } = useErrorText(state);
  return (
    <Card title={t('handleTitle')}>
      <form action={action} className="space-y-4">
        {formError && <FormAlert>{formError}</FormAlert>}
        <input type="hidden" name="rectificationId" value={rectificationId} />
        <Field id="outcome" label={t('outcome')} hint={t('outcomeHint')} errors={fieldErrors.outcome}>
          <Textarea id="outcome" errors={fieldErrors.outcome} hint maxLength={1000} />
        </Field>
        <Field id="callbackNote" label={t('callbackNote')} hint={t('callbackHint')} errors={fieldErrors.callbackNote}>
          <Textarea id="callbackNote" errors={fieldErrors.callbackNote} hint maxLength={500} rows={2} />
        </Field>
        <div className="flex flex-wrap gap-3">
          {canStart && (
            <Button type="submit" name="action" value="start" variant="secondary" disabled={pending} formNoValidate>
              {t('start')}
            </Button>
          )}
          <Button type="submit" name="action" value="complete" disabled={pending}>
            {t('complete')}
          </Button>
          <Button type="submit" name="action" value="cannot" variant="secondary" disabled={pending}>
            {t('cannot')}
          </Button>
          <Button type="submit" name="action" value="invalid" variant="secondary" disabled={pending}>
            {t('invalid')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
