import type { PrismaClient } from '@/generated/prisma/client';

/**
 * The render floor "with its data inlined" of the page benchmarks
 * (docs/performance.md), on for the whole process with BENCH_INLINE_DATA=1
 * and never otherwise: every Prisma call (model queries and raw SQL alike)
 * answers from memory after its first answer, so a page runs all of its own
 * code (session, access checks, rendering) and none of its data access
 * (Prisma's query building, the driver, PostgreSQL). Calls are the same when
 * their arguments are, Date values aside (a page asks with the time of its
 * request). Interactive transactions still begin and commit on the database.
 * Not for a server anyone uses: writes answer once and then never again.
 */
export function withInlineData(client: PrismaClient): PrismaClient {
  const answers = new Map<string, unknown>();
  return client.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        const key = `${model ?? ''}.${operation}:${JSON.stringify(args, function (this: Record<string, unknown>, k, v: unknown) {
          const raw = this[k];
          return raw instanceof Date ? 'Date' : typeof v === 'bigint' ? v.toString() : v;
        })}`;
        if (answers.has(key)) return answers.get(key);
        const answer = await query(args);
        answers.set(key, answer);
        return answer;
      },
    },
  }) as unknown as PrismaClient;
}
