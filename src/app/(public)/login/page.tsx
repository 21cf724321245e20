import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { TextLink } from '@/components/ui/text-link';
import { getTranslations } from '@/i18n/server';
import { homeOf } from '@/lib/auth/actor';
import { safeReturnPath as safeNext } from '@/lib/auth/safe-return-path';
import { getActor } from '@/lib/auth/session';
import { OIDC_PROVIDER_ID, oidcSettings } from '@/lib/auth/oidc';
import { FormAlert } from '@/components/ui/field';
import { LoginForm } from './login-form';
import { OidcSignIn } from './oidc-sign-in';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('login');
  return { title: t('title') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string }> }) {
  const { next, error } = await searchParams;
  const actor = await getActor();
  if (actor) redirect(safeNext(next) ?? homeOf[actor.role]);
  const t = await getTranslations('login');
  const tActivate = await getTranslations('activate');
  const tOidc = await getTranslations('oidcLogin');
  const oidc = oidcSettings();
  return (
    <div className="mx-auto max-w-md">
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <h1 className="text-xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('subtitle')}</p>
        {/* next-auth comes back here with ?error= when a sign-in through the identity platform was refused. */}
        {error && (
          <div className="mt-4">
            <FormAlert>{tOidc('failed')}</FormAlert>
          </div>
        )}
        <LoginForm next={safeNext(next)} />
        {oidc && <OidcSignIn providerId={OIDC_PROVIDER_ID} providerName={oidc.displayName} next={safeNext(next)} />}
        <p className="mt-4 border-t border-slate-100 pt-4 text-sm">
          <TextLink href="/activate">{tActivate('loginLink')}</TextLink>
        </p>
      </div>
    </div>
  );
}
