import { describe, expect, it } from 'vitest';
import en from '@/i18n/messages/en';
import zh from '@/i18n/messages/zh-CN';
import { renderMessage } from '@/lib/notify/render-message';

/** The top-level arguments of an ICU message: `{item}`, `{kind, select, …}` give item and kind; the branches inside are skipped. */
function names(text: string): string[] {
  const found = new Set<string>();
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{' && depth++ === 0) start = i + 1;
    else if (text[i] === '}' && --depth === 0) found.add(text.slice(start, i).split(',')[0].trim());
  }
  return [...found].sort();
}

describe('notification texts', () => {
  const keys = Object.keys(zh.notifyText) as (keyof typeof zh.notifyText)[];

  it('take the same values in both languages', () => {
    for (const key of keys) {
      for (const part of ['subject', 'body'] as const) {
        expect({ key, part, names: names(en.notifyText[key][part]) }).toEqual({ key, part, names: names(zh.notifyText[key][part]) });
      }
    }
  });

  it('render every key in both languages with its values', () => {
    const values = { item: '普通护照签发', receiptNumber: '511602-20261123-00001', count: 2, materials: ['身份证', '照片'], days: 5, reason: '材料不全', certificate: 'ZZ-1', kind: 'HEARING' };
    for (const key of keys) {
      const zhText = renderMessage('zh-CN', key, values);
      const enText = renderMessage('en', key, values);
      expect(zhText?.subject, key).toBeTruthy();
      expect(enText?.body, key).toBeTruthy();
      expect(`${enText?.subject} ${enText?.body}`).not.toMatch(/\{|[，。：；（）“”、！？]/);
    }
    expect(renderMessage('en', 'procedureStarted', values)?.subject).toBe('Time limit paused (hearing): 普通护照签发');
    expect(renderMessage('zh-CN', 'procedureStarted', values)?.subject).toBe('办理时限中止（听证）：普通护照签发');
    expect(renderMessage('en', 'gone', values)).toBeNull();
  });
});
