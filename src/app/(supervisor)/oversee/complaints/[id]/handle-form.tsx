'use client';
import { useTranslations } from 'next-intl';
import { ActionForm, FormTextarea } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { answerComplaintAction, assignComplaintAction } from '../actions';

export function HandleComplaintForm({ complaintId, actorId, assigned }: { complaintId: string; actorId: string; assigned: boolean }) {
  const t = useTranslations('complaints');
  const answer = useActionForm(answerComplaintAction);
  const assign = useActionForm(assignComplaintAction);
  return (
    <Card title={t('answerTitle')}>
      {!assigned && (
        <ActionForm form={assign} hiddenFields={{ complaintId, assigneeId: actorId }} className="mb-5">
          <SubmitButton pending={assign.pending} variant="secondary">
            {t('takeOver')}
          </SubmitButton>
        </ActionForm>
      )}
      <ActionForm form={answer} hiddenFields={{ complaintId }} className="space-y-4">
        <FormTextarea name="answer" label={t('answer')} hint={t('answerHint')} required minLength={5} maxLength={2000} rows={4} />
        <SubmitButton pending={answer.pending}>{t('sendAnswer')}</SubmitButton>
      </ActionForm>
    </Card>
  );
}
