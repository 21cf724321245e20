import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { _createCache } from 'use-intl/core';
import { defaultLocale, localeCookie, locales, timeZone, type Locale } from './config';

// Compiled messages kept for the life of the process, one store per locale.
// next-intl otherwise compiles every ICU message again on every request (its
// cache lives for one request), about 7 % of a signed-in page's CPU. The store
// is bounded by the catalog: its keys are the message, locale and formats,
// never the values. `_cache` is use-intl's own option for this (`createTranslator`).
const compiled = Object.fromEntries(locales.map((locale) => [locale, _createCache()])) as Record<Locale, ReturnType<typeof _createCache>>;

// No locale in the URL: the portal's addresses stay the same in both languages
// (receipts print them), and the choice is kept in a cookie.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(localeCookie)?.value;
  const locale: Locale = locales.includes(chosen as Locale) ? (chosen as Locale) : defaultLocale;
  return {
    locale,
    timeZone,
    messages: (await import(`./messages/${locale}/index.ts`)).default,
    _cache: compiled[locale],
  };
});
