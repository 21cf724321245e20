'use client';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { DecisionButtons } from '@/components/forms/decision-buttons';
import { Card } from '@/components/ui/card';
import { FormAlert, TextareaField } from '@/components/ui/field';
import { decideTaskAction } from '../../actions';

export function DecideForm({ taskId, lock }: { taskId: string; lock: number }) {
  const t = useTranslations('review');
  const { action, pending, formError, fieldErrors } = useActionForm(decideTaskAction);
  return (
    <Card title={t('decideTitle')}>
      <form action={action} className="space-y-4">
        {formError && <FormAlert>{formError}</FormAlert>}
        <input type="hidden" name="taskId" value={taskId} />
        <input type="hidden" name="lock" value={lock} />
        <TextareaField id="opinion" label={t('opinion')} hint={t('opinionHint')} errors={fieldErrors.opinion} maxLength={2000} />
        <DecisionButtons name="decision" pending={pending} className="flex flex-wrap gap-3" choices={[{ value: 'APPROVED', label: t('approve') }, { value: 'DENIED', label: t('deny'), variant: 'danger' }]} />
      </form>
    </Card>
  );
}
