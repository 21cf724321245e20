'use client';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert, InputField } from '@/components/ui/field';

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations('login');
  const tOidc = useTranslations('oidcLogin');
  const [error, setError] = useState<'failed' | 'missing' | 'locked' | 'staffOnly' | null>(null);
  const [pending, setPending] = useState(false);

  // onSubmit, not a form action: a failed attempt must keep what was typed.
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const [login, password] = [String(formData.get('login') ?? '').trim(), String(formData.get('password') ?? '')];
    // The form has noValidate (the browser's bubble would speak its own language): an empty field is said here, and costs no attempt.
    if (!login || !password) {
      setError('missing');
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn('credentials', { login, password, redirect: false });
    if (!result || result.error) {
      setError(result?.error === 'RATE_LIMITED' ? 'locked' : result?.error === 'STAFF_OIDC_ONLY' ? 'staffOnly' : 'failed');
      setPending(false);
      return;
    }
    // A full navigation so every server component sees the new session.
    window.location.assign(next ?? '/after-login');
  }

  return (
    <form onSubmit={submit} className="mt-6 space-y-4" noValidate>
      {error && <FormAlert>{error === 'staffOnly' ? tOidc('staffOnly') : t(error)}</FormAlert>}
      <InputField id="login" label={t('login')} required name="login" autoComplete="username" />
      <InputField id="password" label={t('password')} required name="password" type="password" autoComplete="current-password" />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t('signingIn') : t('submit')}
      </Button>
      <p className="text-xs text-slate-500">{t('demoHint')}</p>
    </form>
  );
}
