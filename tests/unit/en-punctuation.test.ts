import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// English text with Chinese punctuation reads as a typo: ，。：；（）“”、！？ belong
// to the Chinese files only. Proper names in Chinese may stay inside English text
// (a street, 一窗通办), but not the punctuation around them.
const dir = path.resolve(import.meta.dirname, '../../src/i18n/messages/en');
const fullWidth = /[，。：；（）“”、！？]/;

function strings(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, key ? `${key}.${k}` : k));
  return [];
}

describe('English messages', () => {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('are all read', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const file of files) {
    it(`use no full-width punctuation (${file})`, () => {
      const found = strings(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))).filter(([, text]) => fullWidth.test(text));
      expect(found.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    });
  }
});
