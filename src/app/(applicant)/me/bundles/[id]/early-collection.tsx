'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/components/forms/use-error-text';
import { SubmitButton } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/field';
import { requestEarlyCollectionAction } from '../actions';

/** Asks to collect the results issued so far before the whole bundle concludes. */
export function EarlyCollectionRequest({ bundleCaseId }: { bundleCaseId: string }) {
  const t = useTranslations('bundleFlow.early');
  const [state, action, pending] = useActionState(requestEarlyCollectionAction, null);
  const { formError } = useErrorText(state);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="bundleCaseId" value={bundleCaseId} />
      {formError && <FormAlert>{formError}</FormAlert>}
      {state?.ok && <FormAlert tone="success">{t('sent')}</FormAlert>}
      <SubmitButton pending={pending} variant="secondary">
        {t('request')}
      </SubmitButton>
    </form>
  );
}
