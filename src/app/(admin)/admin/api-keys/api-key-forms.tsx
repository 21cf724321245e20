'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { useErrorText } from '@/components/forms/use-error-text';
import { Button, SubmitButton } from '@/components/ui/button';
import { FormAlert, InputField } from '@/components/ui/field';
import { issueApiKeyAction, revokeApiKeyAction } from './actions';

export function IssueApiKeyForm() {
  const t = useTranslations('apiKeys');
  const [state, action, pending] = useActionState(issueApiKeyAction, null);
  const { formError, fieldErrors } = useErrorText(state);
  return (
    <form action={action} className="space-y-4" noValidate>
      {formError && <FormAlert>{formError}</FormAlert>}
      {state?.ok && state.data && (
        <FormAlert tone="success">
          <p>{t('issued', { name: state.data.name })}</p>
          <p className="mt-2 break-all rounded bg-white px-2 py-1 font-mono text-sm text-slate-900" data-testid="issued-key">
            {state.data.key}
          </p>
          <p className="mt-2">{t('shownOnce')}</p>
        </FormAlert>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField id="name" label={t('name')} hint={t('nameHint')} errors={fieldErrors.name} required name="name" maxLength={100} />
        <InputField
          id="rateLimitPerHour"
          label={t('rateLimit')}
          hint={t('rateLimitHint')}
          errors={fieldErrors.rateLimitPerHour}
          required
          name="rateLimitPerHour"
          type="number"
          inputMode="numeric"
          min={1}
          max={10000}
          defaultValue={60}
        />
      </div>
      <SubmitButton pending={pending}>{t('issue')}</SubmitButton>
    </form>
  );
}

export function RevokeApiKeyButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations('apiKeys');
  const [state, action, pending] = useActionState(revokeApiKeyAction, null);
  const { formError } = useErrorText(state);
  return (
    <form action={action} className="inline" onSubmit={(e) => !confirm(t('revokeConfirm', { name })) && e.preventDefault()}>
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={t('revokeLabel', { name })}>
        {t('revoke')}
      </Button>
      {formError && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {formError}
        </span>
      )}
    </form>
  );
}
