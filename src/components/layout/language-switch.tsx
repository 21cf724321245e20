import { getLocale, getTranslations } from '@/i18n/server';
import { setLocale } from '@/i18n/locale-actions';
import { locales } from '@/i18n/config';

export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('site')]);
  return (
    <form action={setLocale} className="flex items-center gap-1" aria-label={t('language')} noValidate>
      {locales.map((l) => (
        <button
          key={l}
          name="locale"
          value={l}
          aria-pressed={l === locale}
          className={`rounded px-2 py-1 text-xs ${l === locale ? 'bg-white text-brand-800' : 'text-brand-100 hover:bg-white/10'}`}
        >
          {l === 'zh-CN' ? '中文' : 'English'}
        </button>
      ))}
    </form>
  );
}
