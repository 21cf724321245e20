'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { useErrorText } from '@/components/forms/use-error-text';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, FormAlert, Textarea } from '@/components/ui/field';
import { reviewRectificationAction } from '../actions';

export function ReviewForm({ rectificationId }: { rectificationId: string }) {
  const t = useTranslations('ratings');
  const [state, action, pending] = useActionState(reviewRectificationAction, null);
  const { formError, fieldErrors } = useErrorText(state);
  return (
    <Card title={t('reviewTitle')}>
      <form action={action} className="space-y-4">
        {formError && <FormAlert>{formError}</FormAlert>}
        <input type="hidden" name="rectificationId" value={rectificationId} />
        <Field id="note" label={t('reviewNote')} errors={fieldErrors.note} required>
          <Textarea id="note" errors={fieldErrors.note} required maxLength={500} />
        </Field>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" name="verdict" value="accept" disabled={pending}>
            {t('accept')}
          </Button>
          <Button type="submit" name="verdict" value="return" variant="secondary" disabled={pending}>
            {t('return')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
