import 'server-only';
import { SlowStatementLoggingPrismaPg } from './slow-statements';

type Queryable = {
  queryRaw(query: never): Promise<unknown>;
  executeRaw(query: never): Promise<unknown>;
};

/**
 * Makes an interactive transaction send its queries one after another. The
 * transaction owns a single pg connection, but Prisma's query interpreter loads
 * the relations of one read in parallel (a `join` node under `Promise.all`,
 * prisma/orm#29468), and so would a use case that awaits several reads of `tx`
 * together. pg 8 queues such a query and warns ("Calling client.query() when the
 * client is already executing a query is deprecated"); pg 9 refuses it. Here each
 * query waits until the previous one has settled, so the connection never sees
 * two; the queries of a transaction ran one at a time on the wire anyway.
 */
function oneQueryAtATime<T extends Queryable>(tx: T): T {
  let previous: Promise<unknown> = Promise.resolve();
  const inTurn = <Q, R>(run: (query: Q) => Promise<R>) => {
    return (query: Q): Promise<R> => {
      const result = previous.then(() => run(query));
      // The next query waits for this one whether it succeeds or fails.
      previous = result.catch(() => undefined);
      return result;
    };
  };
  tx.queryRaw = inTurn(tx.queryRaw.bind(tx)) as T['queryRaw'];
  tx.executeRaw = inTurn(tx.executeRaw.bind(tx)) as T['executeRaw'];
  return tx;
}

/** The pg adapter whose transactions send one query at a time: the app's client (src/lib/db.ts) and any other, such as the seed test's. */
export class OneQueryAtATimePrismaPg extends SlowStatementLoggingPrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => oneQueryAtATime(await startTransaction(isolationLevel));
    return adapter;
  }
}
