import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PrismaClient } from '@/generated/prisma/client';
import { OneQueryAtATimePrismaPg } from '@/lib/one-query-at-a-time';
import { slowStatementThresholdMs } from '@/lib/slow-statements';

// A client of the app's adapter chain that logs statements over 30 ms.
let prisma: PrismaClient;
beforeAll(async () => {
  process.env.DATABASE_SLOW_STATEMENT_MS = '30';
  prisma = new PrismaClient({ adapter: new OneQueryAtATimePrismaPg({ connectionString: process.env.DATABASE_URL }) });
  await prisma.$connect();
  delete process.env.DATABASE_SLOW_STATEMENT_MS;
});
afterAll(async () => {
  await prisma.$disconnect();
});
afterEach(() => {
  vi.restoreAllMocks();
});

function warnings() {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  return () => warn.mock.calls.map((args) => String(args[0])).filter((line) => line.startsWith('[db] slow statement'));
}

describe('the slow statement log', () => {
  it('names a statement over the threshold with its time and SQL, without its parameters', async () => {
    const logged = warnings();
    await prisma.$queryRaw`SELECT 1 AS slept, ${'110101199003071234'}::text AS id_number FROM pg_sleep(0.06)`;
    const lines = logged();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[db\] slow statement, (\d+) ms \(with the wait for a connection\): SELECT 1 AS slept.*FROM pg_sleep\(0\.06\)/);
    expect(Number(/(\d+) ms/.exec(lines[0])?.[1])).toBeGreaterThanOrEqual(60);
    expect(lines[0]).not.toContain('110101199003071234');
  });

  it('times each statement of a transaction alone, not the wait for the one before it', async () => {
    const logged = warnings();
    await prisma.$transaction(async (tx) => {
      await Promise.all([tx.$queryRaw`SELECT 1 AS slept FROM pg_sleep(0.06)`, tx.$queryRaw`SELECT 1 AS quick`]);
    });
    const lines = logged();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[db\] slow statement, \d+ ms: SELECT 1 AS slept.*FROM pg_sleep\(0\.06\)/);
  });

  it('leaves quick statements out', async () => {
    const logged = warnings();
    await prisma.user.count();
    await prisma.$queryRaw`SELECT 1`;
    expect(logged()).toEqual([]);
  });
});

describe('its threshold', () => {
  it('is 200 ms unless DATABASE_SLOW_STATEMENT_MS says otherwise, and 0 turns it off', () => {
    expect(slowStatementThresholdMs({})).toBe(200);
    expect(slowStatementThresholdMs({ DATABASE_SLOW_STATEMENT_MS: '' })).toBe(200);
    expect(slowStatementThresholdMs({ DATABASE_SLOW_STATEMENT_MS: 'soon' })).toBe(200);
    expect(slowStatementThresholdMs({ DATABASE_SLOW_STATEMENT_MS: '-1' })).toBe(200);
    expect(slowStatementThresholdMs({ DATABASE_SLOW_STATEMENT_MS: '50' })).toBe(50);
    expect(slowStatementThresholdMs({ DATABASE_SLOW_STATEMENT_MS: '0' })).toBe(0);
  });
});
