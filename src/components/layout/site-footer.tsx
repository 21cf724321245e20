import Link from '@/components/ui/link';
import { getTranslations } from '@/i18n/server';
import { publicPages } from './public-pages';

export async function SiteFooter() {
  const t = await getTranslations();
  return (
    <footer className="no-print mt-8 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-5 text-xs text-slate-500">
        <nav aria-label={t('site.publicPages')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {publicPages.map((p) => (
              <li key={p.href}>
                <Link href={p.href} className="text-brand-700 hover:underline">
                  {t(`nav.${p.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex flex-wrap justify-between gap-2">
          <p>{t('site.footerCenter')}</p>
          <p>{t('site.footerHotline')}</p>
        </div>
      </div>
    </footer>
  );
}
