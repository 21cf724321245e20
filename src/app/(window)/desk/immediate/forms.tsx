'use client';
import { useTranslations } from 'next-intl';
import { ActionForm, FormTextarea } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { DecisionButtons } from '@/components/forms/decision-buttons';
import { proposeImmediateAction, reviewImmediateAction } from './actions';

export function ProposeForm({ applicationId, autoFocus = false }: { applicationId: string; autoFocus?: boolean }) {
  const t = useTranslations('immediate');
  const form = useActionForm(proposeImmediateAction);
  return (
    <ActionForm form={form} success={t('proposed')} hiddenFields={{ applicationId }} className="space-y-3" aria-label={t('proposeTitle')}>
      <h3 className="text-sm font-semibold text-slate-800">{t('proposeTitle')}</h3>
      <FormTextarea
        name="opinion"
        id={`opinion-${applicationId}`}
        label={t('opinion')}
        hint={t('opinionHint')}
        rows={2}
        maxLength={2000}
        autoFocus={autoFocus}
      />
      <DecisionButtons
        name="decision"
        pending={form.pending}
        choices={[
          { value: 'APPROVED', label: t('approve') },
          { value: 'DENIED', label: t('deny'), variant: 'danger' },
        ]}
      />
    </ActionForm>
  );
}

export function ReviewForm({ proposalId }: { proposalId: string }) {
  const t = useTranslations('immediate');
  const form = useActionForm(reviewImmediateAction);
  return (
    <ActionForm form={form} hiddenFields={{ proposalId }} className="space-y-3" aria-label={t('reviewTitle')}>
      <h3 className="text-sm font-semibold text-slate-800">{t('reviewTitle')}</h3>
      <FormTextarea name="note" id={`note-${proposalId}`} label={t('note')} hint={t('noteHint')} rows={2} maxLength={1000} />
      <DecisionButtons
        name="outcome"
        pending={form.pending}
        choices={[
          { value: 'CONFIRM', label: t('confirm') },
          { value: 'RETURN', label: t('sendBack'), variant: 'secondary' },
        ]}
      />
    </ActionForm>
  );
}
