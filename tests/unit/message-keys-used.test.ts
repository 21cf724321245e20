import { describe, expect, it } from 'vitest';
import zh from '@/i18n/messages/zh-CN';
import { sourceFiles } from '../support/source-files';

/**
 * Message keys nothing asks for: a page rewritten without its old field
 * leaves its texts behind, translated twice and sent to the browser for
 * nothing. A key counts as used when its path, or any tail of it, is a string
 * in src (`t('receiptNumber')`, `t('delivery.receiptNumber')`), or starts with
 * the fixed start of a template (`t(\`methods.${m}\`)`, `t(\`which${target}\`)`).
 * Generous on purpose: a namespace is not matched to the file that binds it,
 * so a key whose word some other page uses slips through (check those by
 * hand), but a key reported here is asked for nowhere.
 */
function leafKeys(value: unknown, path: string[] = []): string[] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafKeys(v, [...path, k]));
  return [path.join('.')];
}

function usedStrings(texts: string[]): { strings: Set<string>; starts: string[] } {
  const strings = new Set<string>();
  const starts = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)) strings.add(m[1] ?? m[2]);
    for (const [, body] of text.matchAll(/`([^`]*)`/g)) {
      if (!body.includes('${')) strings.add(body);
      else if (!body.startsWith('${')) starts.add(body.slice(0, body.indexOf('${')));
    }
  }
  return { strings, starts: [...starts] };
}

function unusedKeys(keys: string[], texts: string[]): string[] {
  const { strings, starts } = usedStrings(texts);
  const used = (path: string) => strings.has(path) || starts.some((s) => path.startsWith(s));
  return keys.filter((key) => {
    const parts = key.split('.');
    return !parts.some((_, i) => used(parts.slice(i).join('.')));
  });
}

describe('message keys', () => {
  it('are all asked for somewhere in src', () => {
    const keys = leafKeys(zh);
    expect(keys.length).toBeGreaterThan(1500);
    expect(
      unusedKeys(
        keys,
        sourceFiles().map((f) => f.text),
      ),
    ).toEqual([]);
  });

  it('count a key as used by its path, a tail of it, or a template that starts it', () => {
    const keys = ['delivery.receiptNumber', 'delivery.methods.POST', 'complaints.whichCASE', 'immediate.noProposal'];
    const src = ["t('receiptNumber')", 't(`methods.${m}`)', 'const which = t(`which${target}`);', "t('proposal')"];
    expect(unusedKeys(keys, src)).toEqual(['immediate.noProposal']);
  });
});
