import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/i18n/messages/en';
import zh from '@/i18n/messages/zh-CN';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

/** Keys written twice in one object of a JSON text: JSON.parse keeps the last one and drops the first without a word. */
function repeatedKeys(text: string): string[] {
  const objects: Set<string>[] = [];
  const repeated: string[] = [];
  // Whole strings are read (a value may hold a brace, as "{count} 项"); a string followed by a colon is a key.
  for (const [token, colon] of text.matchAll(/"(?:[^"\\]|\\.)*"(\s*:)?|[{}]/g)) {
    if (token === '{') objects.push(new Set());
    else if (token === '}') objects.pop();
    else if (colon) {
      const key = JSON.parse(token.slice(0, token.length - colon.length)) as string;
      if (objects.at(-1)!.has(key)) repeated.push(key);
      objects.at(-1)!.add(key);
    }
  }
  return repeated;
}

describe('messages', () => {
  it('writes no key twice in one object', () => {
    const dir = path.resolve(import.meta.dirname, '../../src/i18n/messages');
    const files = fs.readdirSync(dir).flatMap((locale) =>
      fs
        .readdirSync(path.join(dir, locale))
        .filter((f) => f.endsWith('.json'))
        .map((f) => path.join(locale, f)),
    );
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((f) => repeatedKeys(fs.readFileSync(path.join(dir, f), 'utf8')).map((key) => `${f}: ${key}`))).toEqual([]);
    expect(repeatedKeys('{"a": {"b": "{b}", "b": 1}, "c": {"b": 2}}')).toEqual(['b']);
  });

  it('has every Chinese message in English too, and nothing more', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it('has no empty message', () => {
    const empty = (m: object): string[] => keys(m).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], m) === '');
    expect([...empty(zh), ...empty(en)]).toEqual([]);
  });
});
