import { cookies } from 'next/headers';
import { createTranslator } from 'use-intl/core';
import type { ErrorCode } from '@/lib/errors';
import type { RefusedFile } from '@/lib/files/refused-file';
import { localeCookie, localeOf, locales, timeZone, type Locale } from './config';
import en from './messages/en';
import zh from './messages/zh-CN';
import { intlStores } from './stores';

// A server action's refusal put into words on the server, in the reader's
// language: the form's message and each field's. The form pages then need not
// carry the `validation`, `errors` and `uploads` messages to the browser, about
// 6 KB of every form page (issue #15).

/** What a refused form shows: the message above it, and each field's messages beside it. */
export type ErrorText = { form: string; fields: Record<string, string[]> };

type Refusal = { error: ErrorCode; fieldErrors?: Record<string, string[]>; refused?: RefusedFile[] };

const translators = Object.fromEntries(
  locales.map((l) => [l, createTranslator({ locale: l, messages: l === 'en' ? en : zh, timeZone, ...intlStores[l] })]),
) as unknown as Record<Locale, ((key: string, values?: Record<string, string | number>) => string) & { has(key: string): boolean }>;

/** A refusal in the words of `locale`: `validation.<key>` per field (a refused file: `uploads.refused.<reason>`), `errors.<code>` for the form. */
export function errorTextIn(locale: Locale, { error, fieldErrors = {}, refused = [] }: Refusal): ErrorText {
  const t = translators[locale];
  const refusedIn = (field: string) =>
    refused.filter((r) => r.field === field).map((r) => t(`uploads.refused.${r.reason}`, { name: r.name, limit: r.limit ?? 0 }));
  const fields: Record<string, string[]> = {};
  for (const field of new Set([...Object.keys(fieldErrors), ...refused.map((r) => r.field)])) {
    const files = refusedIn(field);
    fields[field] =
      files.length > 0 ? files : (fieldErrors[field] ?? []).map((key) => t(t.has(`validation.${key}`) ? `validation.${key}` : 'validation.invalid'));
  }
  const form = refused.length > 0 ? t('uploads.refusedSummary', { count: refused.length }) : t(`errors.${error}`);
  return { form, fields };
}

/** A refusal in the words of the request's language (the locale cookie, as src/i18n/request.ts reads it). */
export async function errorText(refusal: Refusal): Promise<ErrorText> {
  return errorTextIn(localeOf((await cookies()).get(localeCookie)?.value), refusal);
}
