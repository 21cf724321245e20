import { describe, expect, it, vi } from 'vitest';
import { db, statementNames } from '@/lib/db';

describe('named statements', () => {
  it('parses a statement the app repeats once per connection, under one name', async () => {
    // One transaction is one connection: what it prepared is in its session's pg_prepared_statements.
    const prepared = await db.$transaction(async (tx) => {
      for (let i = 0; i < 4; i++) await tx.$queryRaw`SELECT count(*)::int AS n FROM "User" WHERE username = ${`nobody-${i}`}`;
      return tx.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;
    });
    const mine = prepared.filter((p) => p.statement.includes('nobody') || p.statement.includes('FROM "User" WHERE username'));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.name).toMatch(/^s\d+$/);
  });

  it('names a text at its third call, one name per text and none beyond its bound, and says so once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const name = statementNames(2);
      const thrice = (sql: string) => [1, 2, 3].map(() => name({ sql }));
      expect(thrice('SELECT 1')).toEqual(['', '', 's0']);
      expect(name({ sql: 'SELECT 1' })).toBe('s0');
      expect(name({ sql: 'SELECT 9' })).toBe('');
      expect(thrice('SELECT 2')).toEqual(['', '', 's1']);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(thrice('SELECT 3')).toEqual(['', '', '']);
      expect(name({ sql: 'SELECT 2' })).toBe('s1');
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
    }
  });

  it('forgets the texts called only once or twice in bulk, so they cannot fill the memory', () => {
    const name = statementNames(2);
    for (let i = 0; i < 25; i++) name({ sql: `SELECT ${i}` });
    // The bound of 20 remembered texts was passed at the 21st: SELECT 0 starts again from one call.
    expect([1, 2].map(() => name({ sql: 'SELECT 0' }))).toEqual(['', '']);
    expect(name({ sql: 'SELECT 0' })).toBe('s0');
    expect(name({ sql: 'SELECT 24' })).toBe('');
    expect(name({ sql: 'SELECT 24' })).toBe('s1');
  });
});
