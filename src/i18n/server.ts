import { cache } from 'react';
import { getLocale, getMessages, getNow } from 'next-intl/server';
import { createFormatter, createTranslator, type Messages, type NamespaceKeys, type NestedKeyOf } from 'use-intl/core';
import { timeZone, type Locale } from './config';
import { intlStores } from './stores';

// getTranslations and getFormatter for server components, as next-intl's, with
// the process's stores of compiled messages and Intl formatters (stores.ts):
// next-intl's own give every request new ones.

/** The request's locale: request.ts gives next-intl only one of `locales`. */
const requestLocale = async () => (await getLocale()) as Locale;

/** The request's translator, of one namespace or of all messages (next-intl's `getTranslations(namespace)`). */
export const getTranslations = cache(async <Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>> = never>(namespace?: Namespace) => {
  const [locale, messages] = await Promise.all([requestLocale(), getMessages()]);
  return createTranslator<Messages, Namespace>({ locale, messages: messages as Messages, namespace, timeZone, ...intlStores[locale] });
});

/** The request's formatter of dates, numbers and lists (next-intl's `getFormatter()`). */
export const getFormatter = cache(async () => {
  const [locale, now] = await Promise.all([requestLocale(), getNow()]);
  return createFormatter({ locale, timeZone, now, _formatters: intlStores[locale]._formatters });
});

export { getLocale };
