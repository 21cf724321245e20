'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { startTransition } from 'react';
import { Button } from '@/components/ui/button';

// Unexpected errors are logged on the server; the user sees only this. Most
// often the database is briefly unreachable, so "try again" renders the page on
// the server anew (router.refresh) rather than only re-mounting what failed.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errorPage');
  const router = useRouter();
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('text')}</p>
      <Button
        onClick={() =>
          startTransition(() => {
            router.refresh();
            reset();
          })
        }
        className="mt-6"
      >
        {t('retry')}
      </Button>
    </div>
  );
}
