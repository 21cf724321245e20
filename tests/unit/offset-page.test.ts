import { describe, expect, it } from 'vitest';
import { offsetPage } from '@/lib/paging';

describe('a page of a list in memory', () => {
  const rows = Array.from({ length: 120 }, (_, i) => i);

  it('walks the list a page at a time, every row once, and says where the next page starts', () => {
    const seen: number[] = [];
    let after: string | null | undefined;
    let pages = 0;
    do {
      const page = offsetPage(rows, after ?? undefined, 50);
      seen.push(...page.rows);
      after = page.next;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(rows);
    expect(offsetPage(rows, '100', 50)).toEqual({ rows: rows.slice(100), from: 100, next: null });
  });

  it('takes anything malformed or past the end for the first page', () => {
    for (const after of [undefined, '', '-5', '1e3', 'abc', ['50'], '120', '9999999']) {
      expect(offsetPage(rows, after, 50)).toMatchObject({ from: 0, next: '50' });
    }
    expect(offsetPage([], '0', 50)).toEqual({ rows: [], from: 0, next: null });
  });
});
