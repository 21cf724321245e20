'use client';
import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';

// A client component, so that every page's React payload names it rather than
// carrying its markup twice (Next hands it to the root layout's router and to
// the route group's); its three messages come with the root's (client-messages.tsx).
export default function NotFound() {
  const t = useTranslations('notFound');
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-5xl font-bold text-brand-200">404</p>
      <h1 className="mt-4 text-xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('text')}</p>
      <ButtonLink href="/" className="mt-6">
        {t('home')}
      </ButtonLink>
    </div>
  );
}
