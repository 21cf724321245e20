'use client';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect, useRef } from 'react';
import { useErrorText } from '@/components/forms/use-error-text';
import { Button, SubmitButton } from '@/components/ui/button';
import { FormAlert, InputField } from '@/components/ui/field';
import { CASE_EVENT_TYPES } from '@/lib/events/event-types';
import { registerSubscriberAction, replayDeliveryAction, setSubscriberActiveAction } from './actions';

export function RegisterSubscriberForm() {
  const t = useTranslations('eventSubscribers');
  const [state, action, pending] = useActionState(registerSubscriberAction, null);
  const { formError, fieldErrors } = useErrorText(state);
  const form = useRef<HTMLFormElement>(null);
  // Cleared once registered; a refused form keeps what was typed (a form action would reset it either way).
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form
      ref={form}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
      className="space-y-4"
      noValidate
    >
      {formError && <FormAlert>{formError}</FormAlert>}
      {state?.ok && state.data && (
        <FormAlert tone="success">
          <p>{t('registered', { name: state.data.name })}</p>
          <p className="mt-2 break-all rounded bg-white px-2 py-1 font-mono text-sm text-slate-900" data-testid="subscriber-secret">
            {state.data.secret}
          </p>
          <p className="mt-2">{t('secretOnce')}</p>
        </FormAlert>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField id="name" label={t('name')} hint={t('nameHint')} errors={fieldErrors.name} required name="name" maxLength={100} />
        <InputField
          id="url"
          label={t('url')}
          hint={t('urlHint')}
          errors={fieldErrors.url}
          required
          name="url"
          type="url"
          maxLength={500}
          placeholder="https://"
        />
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
      <InputField id="secret" label={t('secret')} hint={t('secretHint')} errors={fieldErrors.secret} name="secret" maxLength={200} autoComplete="off" />
      <SubmitButton pending={pending}>{t('register')}</SubmitButton>
    </form>
  );
}

export function SubscriberActiveButton({ id, name, active }: { id: string; name: string; active: boolean }) {
  const t = useTranslations('eventSubscribers');
  const [state, action, pending] = useActionState(setSubscriberActiveAction, null);
  const { formError } = useErrorText(state);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={t(active ? 'pauseLabel' : 'resumeLabel', { name })}>
        {t(active ? 'pause' : 'resume')}
      </Button>
      {formError && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {formError}
        </span>
      )}
    </form>
  );
}

export function ReplayButton({ id, label }: { id: string; label: string }) {
  const t = useTranslations('eventSubscribers');
  const [state, action, pending] = useActionState(replayDeliveryAction, null);
  const { formError } = useErrorText(state);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={t('replayLabel', { event: label })}>
        {t('replay')}
      </Button>
      {state?.ok && <span className="ml-2 text-sm text-emerald-700">{t('replayQueued')}</span>}
      {formError && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {formError}
        </span>
      )}
    </form>
  );
}
