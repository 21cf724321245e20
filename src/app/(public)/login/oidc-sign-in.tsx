'use client';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** The unified identity platform's button: next-auth sends the browser there with state, nonce and a PKCE challenge. */
export function OidcSignIn({ providerId, providerName, next }: { providerId: string; providerName: string; next?: string }) {
  const t = useTranslations('oidcLogin');
  const [pending, setPending] = useState(false);
  return (
    <div className="mt-6 border-t border-slate-100 pt-4">
      <p className="mb-3 text-center text-sm text-slate-500">{t('or')}</p>
      <Button
        type="button"
        variant="secondary"
        className="w-full"
        disabled={pending}
        onClick={() => {
          setPending(true);
          void signIn(providerId, { callbackUrl: next ?? '/after-login' });
        }}
      >
        {t('button', { provider: providerName })}
      </Button>
      <p className="mt-2 text-xs text-slate-500">{t('hint')}</p>
    </div>
  );
}
