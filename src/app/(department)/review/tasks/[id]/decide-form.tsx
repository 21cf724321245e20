'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { useErrorText } from '@/components/forms/use-error-text';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, FormAlert, Textarea } from '@/components/ui/field';
import { decideTaskAction } from '../../actions';

export function DecideForm({ taskId, lock }: { taskId: string; lock: number }) {
  const t = useTranslations('review');
  const [state, action, pending] = useActionState(decideTaskAction, null);
  const { formError, fieldErrors } = useErrorText(state);
  return (
    <Card title={t('decideTitle')}>
      <form action={action} className="space-y-4">
        {formError && <FormAlert>{formError}</FormAlert>}
        <input type="hidden" name="taskId" value={taskId} />
        <input type="hidden" name="lock" value={lock} />
        <Field id="opinion" label={t('opinion')} hint={t('opinionHint')} errors={fieldErrors.opinion}>
          <Textarea id="opinion" errors={fieldErrors.opinion} hint maxLength={2000} />
        </Field>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" name="decision" value="APPROVED" disabled={pending}>
            {t('approve')}
          </Button>
          <Button type="submit" name="decision" value="DENIED" variant="danger" disabled={pending}>
            {t('deny')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
