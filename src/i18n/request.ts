import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { defaultLocale, localeCookie, locales, timeZone, type Locale } from './config';
import { intlStores } from './stores';

// No locale in the URL: the portal's addresses stay the same in both languages
// (receipts print them), and the choice is kept in a cookie.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(localeCookie)?.value;
  const locale: Locale = locales.includes(chosen as Locale) ? (chosen as Locale) : defaultLocale;
  return {
    locale,
    timeZone,
    messages: (await import(`./messages/${locale}/index.ts`)).default,
    _cache: intlStores[locale]._cache,
  };
});
