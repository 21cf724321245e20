'use client';
import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { requestEarlyCollectionAction } from '../actions';

/** Asks to collect the results issued so far before the whole bundle concludes. */
export function EarlyCollectionRequest({ bundleCaseId }: { bundleCaseId: string }) {
  const t = useTranslations('bundleFlow.early');
  const form = useActionForm(requestEarlyCollectionAction);
  return (
    <ActionForm form={form} success={t('sent')} hiddenFields={{ bundleCaseId }} className="space-y-3">
      <SubmitButton pending={form.pending} variant="secondary">
        {t('request')}
      </SubmitButton>
    </ActionForm>
  );
}
