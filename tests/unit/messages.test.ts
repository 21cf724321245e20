import { describe, expect, it } from 'vitest';
import en from '@/i18n/messages/en';
import zh from '@/i18n/messages/zh-CN';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('messages', () => {
  it('has every Chinese message in English too, and nothing more', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it('has no empty message', () => {
    const empty = (m: object): string[] => keys(m).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], m) === '');
    expect([...empty(zh), ...empty(en)]).toEqual([]);
  });
});
