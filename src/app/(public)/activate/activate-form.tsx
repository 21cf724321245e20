'use client';
import { TextLink } from '@/components/ui/text-link';
import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { Button, ButtonLink } from '@/components/ui/button';
import { FormAlert, InputField } from '@/components/ui/field';
import type { ActionState } from '@/lib/action';
import { activateAccountAction, requestActivationAction } from './actions';

/** This page's own wording where it has one (activate.validation.*, activate.rateLimited, activate.checkFields), else the server's. */
function useActivationErrors(state: ActionState) {
  const t = useTranslations('activate');
  if (!state || state.ok) return { formError: null, fieldErrors: {} as Record<string, string[]> };
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, keys] of Object.entries(state.fieldErrors ?? {})) {
    fieldErrors[field] = keys.map((key, i) => (t.has(`validation.${key}`) ? t(`validation.${key}`) : (state.text.fields[field]?.[i] ?? state.text.form)));
  }
  const formError = state.error === 'RATE_LIMITED' ? t('rateLimited') : state.error === 'INVALID_INPUT' ? t('checkFields') : state.text.form;
  return { formError, fieldErrors };
}

export function ActivateForm() {
  const t = useTranslations('activate');
  const [requested, requestAction, requesting] = useActionState(requestActivationAction, null);
  const [activated, activateAction, activating] = useActionState(activateAccountAction, null);
  // Controlled, so a refused attempt keeps what was typed (a form action resets uncontrolled fields).
  const [idNumber, setIdNumber] = useState('');
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  // Back to step 1 for a new code: remembers which request the code step belongs to.
  const [restartedAt, setRestartedAt] = useState(0);
  const request = useActivationErrors(requested);
  const activation = useActivationErrors(activated);

  if (activated?.ok && activated.data) {
    const { username, phone: loginPhone } = activated.data;
    return (
      <div className="mt-6 space-y-4">
        <FormAlert tone="success">{t('done')}</FormAlert>
        <p className="text-sm text-slate-700">{loginPhone ? t('signInWithBoth', { phone: loginPhone, username }) : t('signInWithUsername', { username })}</p>
        <ButtonLink href="/login" className="w-full">
          {t('toLogin')}
        </ButtonLink>
      </div>
    );
  }

  const codeSent = requested?.ok && requested.data && requested.at > restartedAt;
  if (codeSent) {
    return (
      <form action={activateAction} className="mt-6 space-y-4" noValidate>
        <FormAlert tone="success">{t('codeSent', { minutes: 10 })}</FormAlert>
        {activation.formError && <FormAlert>{activation.formError}</FormAlert>}
        <input type="hidden" name="idNumber" value={requested.data!.idNumber} />
        <InputField
          id="code"
          label={t('code')}
          hint={t('codeHint')}
          errors={activation.fieldErrors.code}
          required
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <InputField
          id="password"
          label={t('password')}
          hint={t('passwordHint')}
          errors={activation.fieldErrors.password}
          required
          type="password"
          autoComplete="new-password"
          maxLength={128}
        />
        <InputField
          id="confirmPassword"
          label={t('confirmPassword')}
          errors={activation.fieldErrors.confirmPassword}
          required
          type="password"
          autoComplete="new-password"
          maxLength={128}
        />
        <Button type="submit" className="w-full" disabled={activating}>
          {activating ? t('activating') : t('activate')}
        </Button>
        <Button
          type="button"
          variant="ghost"
          className="w-full"
          onClick={() => {
            setCode('');
            setRestartedAt(Date.now());
          }}
        >
          {t('newCode')}
        </Button>
      </form>
    );
  }

  return (
    <form action={requestAction} className="mt-6 space-y-4" noValidate>
      {request.formError && <FormAlert>{request.formError}</FormAlert>}
      <InputField
        id="idNumber"
        label={t('idNumber')}
        errors={request.fieldErrors.idNumber}
        required
        autoComplete="off"
        maxLength={18}
        value={idNumber}
        onChange={(e) => setIdNumber(e.target.value)}
      />
      <InputField
        id="phone"
        label={t('phone')}
        hint={t('phoneHint')}
        errors={request.fieldErrors.phone}
        required
        type="tel"
        inputMode="numeric"
        autoComplete="tel"
        maxLength={11}
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
      />
      <Button type="submit" className="w-full" disabled={requesting}>
        {requesting ? t('sending') : t('sendCode')}
      </Button>
      <p className="text-xs text-slate-500">{t('whoFor')}</p>
      <p className="text-sm">
        <TextLink href="/login">{t('haveAccount')}</TextLink>
      </p>
    </form>
  );
}
