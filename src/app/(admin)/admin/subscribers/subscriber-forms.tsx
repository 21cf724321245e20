'use client';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { ActionButton } from '@/components/forms/action-button';
import { ActionForm, FormInput } from '@/components/forms/action-form';
import { ShownOnce } from '@/components/forms/shown-once';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { CASE_EVENT_TYPES } from '@/lib/events/event-types';
import { registerSubscriberAction, replayDeliveryAction, setSubscriberActiveAction } from './actions';

export function RegisterSubscriberForm() {
  const t = useTranslations('eventSubscribers');
  const form = useActionForm(registerSubscriberAction);
  const { state, fieldErrors, formRef } = form;
  const registered = state?.ok ? state.data : undefined;
  // Cleared once registered; a refused form keeps what was typed (keepValues).
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state, formRef]);
  return (
    <ActionForm form={form} keepValues className="space-y-4" noValidate>
      {registered && (
        <ShownOnce title={t('registered', { name: registered.name })} value={registered.secret} note={t('secretOnce')} testId="subscriber-secret" />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormInput name="name" label={t('name')} hint={t('nameHint')} required maxLength={100} />
        <FormInput name="url" label={t('url')} hint={t('urlHint')} required type="url" maxLength={500} placeholder="https://" />
      </div>
      <fieldset aria-describedby={fieldErrors.types ? 'types-error' : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t('types')}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {CASE_EVENT_TYPES.map((type) => (
            <label key={type} className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="types" value={type} defaultChecked className="mt-1" />
              <span>
                {t(`type.${type.replaceAll('.', '_')}`)}
                <span className="block font-mono text-xs text-slate-500">{type}</span>
              </span>
            </label>
          ))}
        </div>
        {fieldErrors.types && (
          <p id="types-error" className="mt-1 text-sm text-red-700">
            {fieldErrors.types.join(' ')}
          </p>
        )}
      </fieldset>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="personalData" className="mt-1" />
        <span>
          {t('personalData')}
          <span className="block text-xs text-slate-500">{t('personalDataHint')}</span>
        </span>
      </label>
      <FormInput name="secret" label={t('secret')} hint={t('secretHint')} maxLength={200} autoComplete="off" />
      <SubmitButton pending={form.pending}>{t('register')}</SubmitButton>
    </ActionForm>
  );
}

export function SubscriberActiveButton({ id, name, active }: { id: string; name: string; active: boolean }) {
  const t = useTranslations('eventSubscribers');
  return (
    <ActionButton
      run={setSubscriberActiveAction}
      hiddenFields={{ id, active: active ? 'false' : 'true' }}
      label={t(active ? 'pauseLabel' : 'resumeLabel', { name })}
    >
      {t(active ? 'pause' : 'resume')}
    </ActionButton>
  );
}

export function ReplayButton({ id, label }: { id: string; label: string }) {
  const t = useTranslations('eventSubscribers');
  return (
    <ActionButton run={replayDeliveryAction} hiddenFields={{ id }} label={t('replayLabel', { event: label })} done={t('replayQueued')}>
      {t('replay')}
    </ActionButton>
  );
}
