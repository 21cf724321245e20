'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { useErrorText } from '@/components/forms/use-error-text';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormAlert, TextareaField } from '@/components/ui/field';
import { answerComplaintAction, assignComplaintAction } from '../actions';

export function HandleComplaintForm({ complaintId, actorId, assigned }: { complaintId: string; actorId: string; assigned: boolean }) {
  const t = useTranslations('complaints');
  const [state, action, pending] = useActionState(answerComplaintAction, null);
  const [assignState, assign, assigning] = useActionState(assignComplaintAction, null);
  const { formError, fieldErrors } = useErrorText(state);
  const assignError = useErrorText(assignState).formError;
  return (
    <Card title={t('answerTitle')}>
      {!assigned && (
        <form action={assign} className="mb-5">
          {assignError && <FormAlert>{assignError}</FormAlert>}
          <input type="hidden" name="complaintId" value={complaintId} />
          <input type="hidden" name="assigneeId" value={actorId} />
          <SubmitButton pending={assigning} variant="secondary">
            {t('takeOver')}
          </SubmitButton>
        </form>
      )}
      <form action={action} className="space-y-4">
        {formError && <FormAlert>{formError}</FormAlert>}
        <input type="hidden" name="complaintId" value={complaintId} />
        <TextareaField id="answer" label={t('answer')} hint={t('answerHint')} errors={fieldErrors.answer} required minLength={5} maxLength={2000} rows={4} />
        <SubmitButton pending={pending}>{t('sendAnswer')}</SubmitButton>
      </form>
    </Card>
  );
}
