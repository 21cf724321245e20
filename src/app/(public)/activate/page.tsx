import { redirect } from 'next/navigation';
import { getTranslations } from '@/i18n/server';
import { homeOf } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { ActivateForm } from './activate-form';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('activate');

/** Public: whoever is signed in already has an account and goes home. */
export default async function ActivatePage() {
  const actor = await getActor();
  if (actor) redirect(homeOf[actor.role]);
  const t = await getTranslations('activate');
  return (
    <div className="mx-auto max-w-md">
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <h1 className="text-xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('subtitle')}</p>
        <ActivateForm />
      </div>
    </div>
  );
}
