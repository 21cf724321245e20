import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';

type Statement = { sql: string };
type Queryable = {
  queryRaw(query: Statement): Promise<unknown>;
  executeRaw(query: Statement): Promise<unknown>;
};

/** DATABASE_SLOW_STATEMENT_MS: a statement that takes longer is logged; 0 logs none. */
export function slowStatementThresholdMs(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.DATABASE_SLOW_STATEMENT_MS);
  return env.DATABASE_SLOW_STATEMENT_MS !== undefined && env.DATABASE_SLOW_STATEMENT_MS !== '' && Number.isFinite(value) && value >= 0 ? value : 200;
}

/**
 * Logs each statement of `target` that took longer than `thresholdMs`: its time
 * and SQL text, never its parameters (ID numbers, phones, names). The log line
 * carries the request's id (scripts/observability.mjs), so a slow page can be
 * traced to its statement. Prisma's own query event was not used: it times the
 * call including the wait for the transaction's previous query
 * (one-query-at-a-time.ts) and serializes every statement's parameters.
 */
function logSlowStatements<T extends Queryable>(target: T, thresholdMs: number, what: string): T {
  const timed = (run: (query: Statement) => Promise<unknown>) => async (query: Statement) => {
    const started = performance.now();
    try {
      return await run(query);
    } finally {
      const ms = performance.now() - started;
      if (ms > thresholdMs) console.warn(`[db] slow statement, ${Math.round(ms)} ms${what}: ${query.sql.slice(0, 2000)}`);
    }
  };
  target.queryRaw = timed(target.queryRaw.bind(target));
  target.executeRaw = timed(target.executeRaw.bind(target));
  return target;
}

/**
 * The pg adapter that logs slow statements, outside a transaction (where the
 * time includes the wait for a pooled connection) and inside one. It sits
 * under the adapters that wrap a transaction's queries, so it times each
 * statement alone.
 */
export class SlowStatementLoggingPrismaPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const thresholdMs = slowStatementThresholdMs();
    if (thresholdMs === 0) return adapter;
    logSlowStatements(adapter as Queryable, thresholdMs, ' (with the wait for a connection)');
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => logSlowStatements(await startTransaction(isolationLevel), thresholdMs, '');
    return adapter;
  }
}
