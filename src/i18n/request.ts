import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { localeCookie, localeOf, timeZone } from './config';
import { intlStores } from './stores';

// No locale in the URL: the portal's addresses stay the same in both languages
// (receipts print them), and the choice is kept in a cookie.
export default getRequestConfig(async () => {
  const locale = localeOf((await cookies()).get(localeCookie)?.value);
  return {
    locale,
    timeZone,
    messages: (await import(`./messages/${locale}/index.ts`)).default,
    _cache: intlStores[locale]._cache,
  };
});
