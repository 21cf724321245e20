import { getTranslations } from '@/i18n/server';
import { ButtonLink } from '@/components/ui/button';

export default async function NotFound() {
  const t = await getTranslations('notFound');
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
