import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { TextLink } from '@/components/ui/text-link';
import { getTranslations } from 'next-intl/server';
import { homeOf } from '@/lib/auth/actor';
import { safeReturnPath as safeNext } from '@/lib/auth/safe-return-path';
import { getActor } from '@/lib/auth/session';
import { LoginForm } from './login-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('login');
  return { title: t('title') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const actor = await getActor();
  if (actor) redirect(safeNext(next) ?? homeOf[actor.role]);
  const t = await getTranslations('login');
  const tActivate = await getTranslations('activate');
  return (
    <div className="mx-auto max-w-md">
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <h1 className="text-xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('subtitle')}</p>
        <LoginForm next={safeNext(next)} />
        <p className="mt-4 border-t border-slate-100 pt-4 text-sm">
          <TextLink href="/activate">{tActivate('loginLink')}</TextLink>
        </p>
      </div>
    </div>
  );
}
