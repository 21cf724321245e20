// Issue 14 point 16: a database restart with transactions in flight must not
// leave the app hanging; a full pool fails fast; idle transactions end.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { faultDatabase, sleep, within, eventually } from './support';

const sleepingTransaction = (seconds: number) =>
  db
    .$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_sleep(${seconds})`;
      },
      { timeout: 30_000, maxWait: 30_000 },
    )
    .then(
      () => 'committed' as const,
      () => 'failed' as const,
    );

describe('the database pool', () => {
  it('heals after a database restart with transactions in flight', async () => {
    await db.user.count();
    // Four transactions hold every slot of the pool, four more wait for one.
    const inFlight = Array.from({ length: 8 }, () => sleepingTransaction(3));
    await sleep(800);
    await faultDatabase().restart(500);
    const outcomes = await within(Promise.all(inFlight), 30_000, 'the transactions in flight');
    expect(outcomes).toContain('failed');

    // Within seconds the app answers again, with the whole pool: four transactions at once.
    await within(
      eventually(() => db.user.count(), 10_000),
      15_000,
      'a query after the restart',
    );
    const again = await within(Promise.all(Array.from({ length: 4 }, () => sleepingTransaction(0.5))), 15_000, 'four transactions after the restart');
    expect(again).toEqual(['committed', 'committed', 'committed', 'committed']);
  });

  it('fails a request that waits for a free connection longer than the acquire timeout', async () => {
    const holders = Array.from({ length: 4 }, () => sleepingTransaction(8));
    await sleep(500);
    const started = Date.now();
    const outcome = await db.user.count().then(
      () => 'answered',
      (error: unknown) => error,
    );
    const waited = Date.now() - started;
    await Promise.all(holders);
    expect(outcome).not.toBe('answered');
    expect(waited).toBeLessThan(6_000);
    const { isDatabaseUnavailable } = await import('@/lib/db-errors');
    expect(isDatabaseUnavailable(outcome)).toBe(true);
  });

  it('has the server end sessions left idle inside a transaction', async () => {
    const [row] = await db.$queryRaw<{ idle_in_transaction_session_timeout: string }[]>`SHOW idle_in_transaction_session_timeout`;
    expect(row.idle_in_transaction_session_timeout).toBe('5s');
  });
});
