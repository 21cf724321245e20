'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { useErrorText } from '@/components/forms/use-error-text';
import { Button } from '@/components/ui/button';
import { Field, FormAlert, Textarea } from '@/components/ui/field';
import { proposeImmediateAction, reviewImmediateAction } from './actions';

export function ProposeForm({ applicationId, autoFocus = false }: { applicationId: string; autoFocus?: boolean }) {
  const t = useTranslations('immediate');
  const [state, action, pending] = useActionState(proposeImmediateAction, null);
  const { formError, fieldErrors } = useErrorText(state);
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
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="APPROVED" disabled={pending}>
          {t('approve')}
        </Button>
        <Button type="submit" name="decision" value="DENIED" variant="danger" disabled={pending}>
          {t('deny')}
        </Button>
      </div>
    </form>
  );
}

export function ReviewForm({ proposalId }: { proposalId: string }) {
  const t = useTranslations('immediate');
  const [state, action, pending] = useActionState(reviewImmediateAction, null);
  const { formError, fieldErrors } = useErrorText(state);
  const id = `note-${proposalId}`;
  return (
    <form action={action} className="space-y-3" aria-label={t('reviewTitle')}>
      <h3 className="text-sm font-semibold text-slate-800">{t('reviewTitle')}</h3>
      {formError && <FormAlert>{formError}</FormAlert>}
      <input type="hidden" name="proposalId" value={proposalId} />
      <Field id={id} label={t('note')} hint={t('noteHint')} errors={fieldErrors.note}>
        <Textarea id={id} name="note" rows={2} errors={fieldErrors.note} hint maxLength={1000} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="outcome" value="CONFIRM" disabled={pending}>
          {t('confirm')}
        </Button>
        <Button type="submit" name="outcome" value="RETURN" variant="secondary" disabled={pending}>
          {t('sendBack')}
        </Button>
      </div>
    </form>
  );
}
