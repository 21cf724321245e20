import 'server-only';
import type { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/generated/prisma/client';
import { withInlineData } from './bench-inline-data';
import { OneQueryAtATimePrismaPg } from './one-query-at-a-time';

// One client per process. Created lazily so `next build` can load route
// modules without a DATABASE_URL.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pgPool?: pg.Pool };

/**
 * The pool's settings (docs/reliability.md). Every wait is bounded: a request
 * that cannot get a connection within `acquireTimeoutMs` fails with
 * DatabaseUnavailable instead of queueing forever, and PostgreSQL itself ends a
 * session left idle inside a transaction.
 */
function poolSettings(env: Record<string, string | undefined> = process.env) {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] !== undefined && env[name] !== '' && Number.isFinite(value) ? value : fallback;
  };
  return {
    max: number('DATABASE_POOL_SIZE', 10),
    acquireTimeoutMs: number('DATABASE_ACQUIRE_TIMEOUT_MS', 10_000),
    idleTimeoutMs: number('DATABASE_IDLE_TIMEOUT_MS', 30_000),
    // 0 leaves the server's setting alone (a pooler in transaction mode refuses
    // startup options: set it with ALTER ROLE there, see docs/reliability.md).
    idleInTransactionTimeoutMs: number('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', 60_000),
  };
}

function createPool(connectionString: string): pg.Pool {
  const settings = poolSettings();
  const pool = new pg.Pool({
    connectionString,
    max: settings.max,
    connectionTimeoutMillis: settings.acquireTimeoutMs,
    idleTimeoutMillis: settings.idleTimeoutMs,
    // Notices a peer that vanished without closing the socket (a host down).
    keepAlive: true,
    // PgBouncer refuses the startup option unless told to ignore it (`pgbouncer=true`
    // in the URL, Prisma's convention, leaves it out: set it with ALTER ROLE there).
    ...(settings.idleInTransactionTimeoutMs > 0 && !/[?&]pgbouncer=true\b/.test(connectionString)
      ? { options: `-c idle_in_transaction_session_timeout=${settings.idleInTransactionTimeoutMs}` }
      : {}),
  });
  // A connection the server ends while it is checked out but between queries
  // (a restart's FATAL 57P01) emits 'error' on the client, where nobody may be
  // listening: an uncaught exception. Logged here; the next query on it fails
  // and releases it with the error, which destroys it.
  pool.on('connect', (client) => {
    client.on('error', (error) => console.error('[db] connection lost:', error.message));
  });
  return pool;
}

type PgTransaction = Awaited<ReturnType<Awaited<ReturnType<PrismaPg['connect']>>['startTransaction']>>;

/**
 * Works around a leak in Prisma 6.19 (docs/decisions/0016-prisma-pool-leak.md):
 * the client engine ends a transaction by running COMMIT or ROLLBACK and only
 * then calls the adapter's commit()/rollback(), which is where @prisma/adapter-pg
 * releases the pg client. When the connection died, that statement throws, the
 * release never happens, and the pool slot is lost for good. Here a failed
 * COMMIT/ROLLBACK releases the client with the error, so pg-pool destroys it
 * and the pool opens a fresh connection for the next request.
 */
function releaseOnFailedEnd(tx: PgTransaction): PgTransaction {
  const client = (tx as unknown as { client: pg.PoolClient }).client;
  const releaseOnce = client.release.bind(client);
  let released = false;
  client.release = (error?: Error | boolean) => {
    if (released) return;
    released = true;
    releaseOnce(error);
  };
  const executeRaw = tx.executeRaw.bind(tx);
  tx.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.sql === 'COMMIT' || query.sql === 'ROLLBACK') {
        client.release(error instanceof Error ? error : new Error(String(error)));
      }
      throw error;
    }
  };
  return tx;
}

class HealingPrismaPg extends OneQueryAtATimePrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => releaseOnFailedEnd(await startTransaction(isolationLevel));
    return adapter;
  }
}

/**
 * Names for the statements the app repeats, so that each connection parses a
 * statement once and PostgreSQL may keep its plan. Unnamed, every statement is
 * parsed and planned on every call: at 1,000,000 applications planning cost
 * PostgreSQL 2–3 ms of CPU a page against 0.5 ms of execution
 * (docs/performance.md). One name per SQL text, the same on every connection
 * of the process, given at a text's `after`th call: a catalog import runs
 * hundreds of texts once (lists of every length), and they should not take
 * the places of the pages' few dozen. A named statement stays in its server
 * session (about 80 KB with its plan), so at most `max` texts get one; the
 * rest run unnamed as before ('' is pg's unnamed statement).
 */
export function statementNames(max = 200, after = 3): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  const calls = new Map<string, number>();
  return ({ sql }) => {
    const name = names.get(sql);
    if (name !== undefined) return name;
    if (names.size >= max) return '';
    const n = (calls.get(sql) ?? 0) + 1;
    if (n < after) {
      if (calls.size >= 10 * max) calls.clear(); // texts called once or twice, forgotten in bulk
      calls.set(sql, n);
      return '';
    }
    calls.delete(sql);
    names.set(sql, `s${names.size}`);
    if (names.size === max) console.warn(`[db] ${max} statements named; any further ones are planned on every call`);
    return `s${names.size - 1}`;
  };
}

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set');
  globalForPrisma.pgPool = createPool(connectionString);
  const client = new PrismaClient({
    adapter: new HealingPrismaPg(globalForPrisma.pgPool, {
      // PgBouncer 1.18 (Debian's) in transaction mode cannot keep a named
      // statement: the next transaction may run on another server connection.
      ...(/[?&]pgbouncer=true\b/.test(connectionString) ? {} : { statementNameGenerator: statementNames() }),
      // $disconnect() ends the pool, so scripts and the worker exit at once.
      disposeExternalPool: true,
      // An idle connection that dies (database restarted) is dropped by pg-pool
      // and replaced on demand; unheard, its 'error' event would end the process.
      onPoolError: (error) => console.error('[db] idle connection lost:', error.message),
    }),
  });
  return process.env.BENCH_INLINE_DATA === '1' ? withInlineData(client) : client;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    globalForPrisma.prisma ??= createClient();
    const value = Reflect.get(globalForPrisma.prisma, property);
    return typeof value === 'function' ? value.bind(globalForPrisma.prisma) : value;
  },
});

/** The pool's counts, for /readyz and the tests: slots in use, idle, and requests waiting. */
export function poolState(): { total: number; idle: number; waiting: number; max: number } | null {
  const pool = globalForPrisma.pgPool;
  if (!pool) return null;
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max ?? 10 };
}

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
