'use client';
import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/forms/action-button';
import { ActionForm, FormInput } from '@/components/forms/action-form';
import { ShownOnce } from '@/components/forms/shown-once';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { issueApiKeyAction, revokeApiKeyAction } from './actions';

export function IssueApiKeyForm() {
  const t = useTranslations('apiKeys');
  const form = useActionForm(issueApiKeyAction);
  const issued = form.state?.ok ? form.state.data : undefined;
  return (
    <ActionForm form={form} className="space-y-4" noValidate>
      {issued && <ShownOnce title={t('issued', { name: issued.name })} value={issued.key} note={t('shownOnce')} testId="issued-key" />}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormInput name="name" label={t('name')} hint={t('nameHint')} required maxLength={100} />
        <FormInput
          name="rateLimitPerHour"
          label={t('rateLimit')}
          hint={t('rateLimitHint')}
          required
          type="number"
          inputMode="numeric"
          min={1}
          max={10000}
          defaultValue={60}
        />
      </div>
      <SubmitButton pending={form.pending}>{t('issue')}</SubmitButton>
    </ActionForm>
  );
}

export function RevokeApiKeyButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations('apiKeys');
  return (
    <ActionButton run={revokeApiKeyAction} hiddenFields={{ id }} label={t('revokeLabel', { name })} confirmText={t('revokeConfirm', { name })}>
      {t('revoke')}
    </ActionButton>
  );
}
