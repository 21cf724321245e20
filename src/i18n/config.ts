export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
const defaultLocale: Locale = 'zh-CN';
export const localeCookie = 'locale';
export const timeZone = 'Asia/Shanghai';

/** A language tag (a stored one, the locale cookie's) as a supported locale; anything else, null included, is zh-CN. */
export function localeOf(value: string | null | undefined): Locale {
  return locales.includes(value as Locale) ? (value as Locale) : defaultLocale;
}
