'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

// Unexpected errors are logged on the server; the user sees only this.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errorPage');
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('text')}</p>
      <Button onClick={reset} className="mt-6">
        {t('retry')}
      </Button>
    </div>
  );
}
