// use-intl's core: no React, so the worker (run with the react-server condition) can render messages too.
import { createTranslator } from 'use-intl/core';
import { locales, timeZone, type Locale } from '@/i18n/config';
import en from '@/i18n/messages/en';
import zh from '@/i18n/messages/zh-CN';

// Messages are stored as a key of `notifyText` and its values, and rendered in
// the reader's language when read (the inbox) or sent (SMS, e-mail). The zh-CN
// rendering is stored beside them as subject/body: readable in the database,
// and what a message without a key (written before keys, or by a call site
// that still passes text) shows in every language.

type NotifyKey = keyof typeof zh.notifyText;
/**
 * A value of a message; an instant goes as its ISO text under a name ending in At
 * (slotAt), JSON having no dates; days of the week as numbers (0 = Sunday) under
 * a name ending in Weekdays, named in the reader's language; a list of things
 * each with its note (a material and what is wrong with it, an item and its
 * receipt number) as [thing, note] pairs under a name ending in Pairs, written
 * 身份证（已过期）；照片（背景不符） or "身份证 (已过期); 照片 (背景不符)".
 */
type MessageValue = string | number | string[] | number[] | [string, string][];
export type NotifyMessage = { key: NotifyKey; values?: Record<string, MessageValue> };

const catalogs = { 'zh-CN': zh, en } as const;
const translators = Object.fromEntries(
  locales.map((l) => [
    l,
    createTranslator({
      locale: l,
      messages: catalogs[l],
      namespace: 'notifyText',
      timeZone,
      // A missing value must not become a message of key paths: throw, and the stored text is shown instead.
      onError: (error) => {
        throw error;
      },
    }),
  ]),
) as unknown as Record<Locale, ((key: string, values?: Record<string, string | number | Date>) => string) & { has(key: string): boolean }>;

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function plain(values: unknown, locale: Locale): Record<string, string | number | Date> {
  if (!values || typeof values !== 'object' || Array.isArray(values)) return {};
  return Object.fromEntries(Object.entries(values as Record<string, unknown>).map(([k, v]) => [k, plainValue(k, v, locale)]));
}

function plainValue(name: string, v: unknown, locale: Locale): string | number | Date {
  if (Array.isArray(v)) {
    if (name.endsWith('Weekdays')) return weekdayNames(v.map(Number), locale);
    if (name.endsWith('Pairs')) return pairs(v, locale);
    return v.map(String).join(listSeparator(locale));
  }
  if (typeof v === 'number') return v;
  // An instant (a value named …At, stored as ISO text in JSON) is formatted by the message: {slotAt, date, long}.
  if (name.endsWith('At') && typeof v === 'string' && isoInstant.test(v)) return new Date(v);
  return String(v ?? '');
}

/** Lists (material names, windows) are joined in the reader's way: 、 in Chinese, a comma in English. */
function listSeparator(locale: Locale): string {
  return locale === 'zh-CN' ? '、' : ', ';
}

function pairs(items: unknown[], locale: Locale): string {
  const [open, close, separator] = locale === 'zh-CN' ? ['（', '）', '；'] : [' (', ')', '; '];
  return items.map((p) => (Array.isArray(p) ? `${p[0]}${open}${p[1]}${close}` : String(p))).join(separator);
}

/** Days of the week Monday first, in the reader's words: a run of three or more as one span (周一至周五, Mon to Fri), else each. */
function weekdayNames(days: number[], locale: Locale): string {
  const name = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2023-01-01 was a Sunday: day d of the week is d days after it.
  const of = (d: number) => name.format(new Date(Date.UTC(2023, 0, 1 + d)));
  const mondayFirst = (d: number) => (d + 6) % 7;
  const sorted = [...days].sort((a, b) => mondayFirst(a) - mondayFirst(b));
  const run = sorted.length > 2 && sorted.every((d, i) => i === 0 || mondayFirst(d) === mondayFirst(sorted[i - 1]) + 1);
  if (!run) return sorted.map(of).join(listSeparator(locale));
  const [first, last] = [of(sorted[0]), of(sorted[sorted.length - 1])];
  return locale === 'zh-CN' ? `${first}至${last}` : `${first} to ${last}`;
}

/** The subject and body of a keyed message in `locale`; null for an unknown key (a message key since removed). */
export function renderMessage(locale: Locale, key: string | null | undefined, values: unknown): { subject: string; body: string } | null {
  const t = translators[locale];
  if (!key || !t.has(`${key}.subject`) || !t.has(`${key}.body`)) return null;
  const v = plain(values, locale);
  try {
    return { subject: t(`${key}.subject`, v), body: t(`${key}.body`, v) };
  } catch {
    // A value missing from an old row: its stored text is the better answer.
    return null;
  }
}

/** What a stored message says in `locale`: rendered from its key, else its stored text. */
export function messageText(
  locale: Locale,
  row: { messageKey: string | null; messageValues: unknown; subject: string; body: string },
): { subject: string; body: string } {
  return renderMessage(locale, row.messageKey, row.messageValues) ?? { subject: row.subject, body: row.body };
}

/** How an SMS reads: the signature, then subject and body, with the language's own colon. */
export function smsText(locale: Locale, subject: string, body: string): string {
  return locale === 'zh-CN' ? `【一窗通办】${subject}：${body}` : `【一窗通办】${subject}: ${body}`;
}
