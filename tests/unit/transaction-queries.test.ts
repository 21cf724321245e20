import { describe, expect, it } from 'vitest';
import { lineOf, parenthesized, sourceFiles } from '../support/source-files';

/**
 * A transaction owns one connection, which runs one query at a time: reads of
 * `tx` awaited together only look parallel (Prisma runs them in order, and
 * where it does not, pg queues them, warns, and pg 9 refuses them).
 * src/lib/one-query-at-a-time.ts keeps the connection safe whatever the code
 * does; this keeps the code honest about it, so a use case reads `tx` one
 * query after the other. The database tests catch any overlap that reaches pg
 * (tests/support/pg-overlap-guard.ts).
 */
function parallelTransactionReads(file: string, text: string): string[] {
  // `tx`, and any parameter typed as a transaction client (`client: Pick<Tx, 'setting'>`).
  const names = new Set(['tx', ...[...text.matchAll(/(\w+)\??\s*:\s*(?:Pick<\s*)?Tx\b/g)].map((m) => m[1])]);
  const pattern = new RegExp(`\\b(${[...names].join('|')})\\b`);
  return [...text.matchAll(/Promise\.(all|allSettled|any|race)\s*\(/g)]
    .filter((m) => pattern.test(parenthesized(text, m.index + m[0].length - 1)))
    .map((m) => `${file}:${lineOf(text, m.index)}`);
}

describe('queries of a transaction', () => {
  it('are never awaited together in src', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(300);
    expect(files.flatMap(({ file, text }) => parallelTransactionReads(file, text))).toEqual([]);
  });

  it('are found by the check, by name and by type', () => {
    const inTransaction = `db.$transaction(async (tx) => {\n  const [a, b] = await Promise.all([tx.user.findMany(), load(tx)]);\n});`;
    const byType = `async function f(client: Pick<Tx, 'window'>) {\n  return Promise.all([x(), client.window.findMany()]);\n}`;
    expect(parallelTransactionReads('a.ts', inTransaction)).toEqual(['a.ts:2']);
    expect(parallelTransactionReads('b.ts', byType)).toEqual(['b.ts:2']);
    expect(parallelTransactionReads('c.ts', 'await Promise.all([db.user.findMany(), loadClock()]);')).toEqual([]);
  });
});
