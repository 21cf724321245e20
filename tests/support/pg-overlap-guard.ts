import pg from 'pg';

/**
 * Records every query sent to a pg connection that is still busy with another
 * one. Outside a transaction each query borrows its own pooled connection, so an
 * overlap means code ran queries in parallel (`Promise.all`) on one interactive
 * transaction's client: pg 8 queues them and warns ("Calling client.query() when
 * the client is already executing a query is deprecated"), pg 9 refuses them.
 * pg's own warning is shown once per process and only from the third query in
 * flight; this guard sees the second, in every test.
 */
type Overlap = { sql: string; stack: string };

type Busy = { _activeQuery?: { failed?: boolean } | null; _queryQueue: unknown[]; pipeline?: boolean };

const overlaps: Overlap[] = [];
let installed = false;

export function installPgOverlapGuard(): void {
  if (installed) return;
  installed = true;
  // A failed query's promise is rejected at the server's error, before the connection says it is ready again:
  // the ROLLBACK that follows waits inside pg for that moment, which pg allows (it warns only about a queue).
  type Failing = { failed?: boolean; handleError(...args: unknown[]): unknown };
  const queryPrototype = pg.Query.prototype as unknown as Failing;
  const handleError = queryPrototype.handleError;
  queryPrototype.handleError = function (this: Failing, ...args: unknown[]) {
    this.failed = true;
    return handleError.apply(this, args);
  };
  const query = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client & Busy, ...args: unknown[]) {
    if (!this.pipeline && ((this._activeQuery && !this._activeQuery.failed) || this._queryQueue.length > 0)) {
      const first = args[0] as string | { text?: string } | undefined;
      const sql = typeof first === 'string' ? first : (first?.text ?? '');
      overlaps.push({ sql: sql.slice(0, 160), stack: new Error('overlapping query').stack ?? '' });
    }
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
}

/** The overlaps since the last call, and forgets them. */
export function takePgOverlaps(): Overlap[] {
  return overlaps.splice(0);
}
