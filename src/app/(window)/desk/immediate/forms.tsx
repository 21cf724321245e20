'use client';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { DecisionButtons } from '@/components/forms/decision-buttons';
import { Field, FormAlert, Textarea } from '@/components/ui/field';
import { proposeImmediateAction, reviewImmediateAction } from './actions';

export function ProposeForm({ applicationId, autoFocus = false }: { applicationId: string; autoFocus?: boolean }) {
  const t = useTranslations('immediate');
  const { state, action, pending, formError, fieldErrors } = useActionForm(proposeImmediateAction);
  const id = `opinion-${applicationId}`;
  return (
    <form action={action} className="space-y-3" aria-label={t('proposeTitle')}>
      <h3 className="text-sm font-semibold text-slate-800">{t('proposeTitle')}</h3>
      {formError && <FormAlert>{formError}</FormAlert>}
      {state?.ok && <FormAlert tone="success">{t('proposed')}</FormAlert>}
      <input type="hidden" name="applicationId" value={applicationId} />
      <Field id={id} label={t('opinion')} hint={t('opinionHint')} errors={fieldErrors.opinion}>
        <Textarea id={id} name="opinion" rows={2} errors={fieldErrors.opinion} hint maxLength={2000} autoFocus={autoFocus} />
      </Field>
      <DecisionButtons
        name="decision"
        pending={pending}
        choices={[
          { value: 'APPROVED', label: t('approve') },
          { value: 'DENIED', label: t('deny'), variant: 'danger' },
        ]}
      />
    </form>
  );
}

export function ReviewForm({ proposalId }: { proposalId: string }) {
  const t = useTranslations('immediate');
  const { action, pending, formError, fieldErrors } = useActionForm(reviewImmediateAction);
  const id = `note-${proposalId}`;
  return (
    <form action={action} className="space-y-3" aria-label={t('reviewTitle')}>
      <h3 className="text-sm font-semibold text-slate-800">{t('reviewTitle')}</h3>
      {formError && <FormAlert>{formError}</FormAlert>}
      <input type="hidden" name="proposalId" value={proposalId} />
      <Field id={id} label={t('note')} hint={t('noteHint')} errors={fieldErrors.note}>
        <Textarea id={id} name="note" rows={2} errors={fieldErrors.note} hint maxLength={1000} />
      </Field>
      <DecisionButtons
        name="outcome"
        pending={pending}
        choices={[
          { value: 'CONFIRM', label: t('confirm') },
          { value: 'RETURN', label: t('sendBack'), variant: 'secondary' },
        ]}
      />
    </form>
  );
}
