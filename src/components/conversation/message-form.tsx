'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, FormAlert, Textarea } from '@/components/ui/field';
import type { ActionState } from '@/lib/action';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** Write a message (with up to five attachments) in a case's conversation. */
export function MessageForm({ applicationId, action: send }: { applicationId: string; action: Action }) {
  const t = useTranslations('conversation');
  const { state, action, pending, formError, fieldErrors } = useActionForm(send);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} action={action} className="space-y-3" noValidate>
      {formError && <FormAlert>{formError}</FormAlert>}
      {state?.ok && <FormAlert tone="success">{t('sent')}</FormAlert>}
      <input type="hidden" name="applicationId" value={applicationId} />
      <Field id="message-body" label={t('body')} errors={fieldErrors.body} required>
        <Textarea id="message-body" name="body" errors={fieldErrors.body} required maxLength={2000} rows={3} />
      </Field>
      <Field id="message-files" label={t('files')} hint={t('filesHint')} errors={fieldErrors.files}>
        <input
          id="message-files"
          name="files"
          type="file"
          multiple
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          aria-describedby="message-files-hint"
          className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-700"
        />
      </Field>
      <SubmitButton pending={pending}>{pending ? t('sending') : t('send')}</SubmitButton>
    </form>
  );
}
