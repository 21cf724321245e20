import { _createCache, _createIntlFormatters } from 'use-intl/core';
import { locales, type Locale } from './config';

/**
 * What next-intl compiles and constructs, kept for the life of the process, one
 * store per locale: ICU messages (`_cache`), and Intl's DateTimeFormat,
 * NumberFormat and PluralRules (`_formatters`). next-intl's own stores live for
 * one request: every page compiled its messages and built its formatters again,
 * about 7 % and 2 % of a signed-in page's CPU. Bounded by the code, not the data:
 * the keys are a message, a locale and formatting options, all written in the
 * source, never values. src/i18n/server.ts uses both; request.ts gives next-intl
 * the messages' store, for the hooks of components shared with the client.
 */
export const intlStores = Object.fromEntries(
  locales.map((locale) => {
    const store = _createCache();
    return [locale, { _cache: store, _formatters: _createIntlFormatters(store) }];
  }),
) as Record<Locale, { _cache: ReturnType<typeof _createCache>; _formatters: ReturnType<typeof _createIntlFormatters> }>;
