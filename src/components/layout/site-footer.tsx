import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('site');
  return (
    <footer className="no-print mt-8 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4 py-5 text-xs text-slate-500">
        <p>{t('footerCenter')}</p>
        <p>{t('footerHotline')}</p>
      </div>
    </footer>
  );
}
