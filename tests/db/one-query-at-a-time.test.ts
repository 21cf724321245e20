import { describe, expect, it } from 'vitest';
import { db, poolState } from '@/lib/db';
import { takePgOverlaps } from '../support/pg-overlap-guard';

// docs/decisions/0020-one-query-at-a-time.md: an interactive transaction owns one pg connection,
// and pg 9 refuses a query sent to it while another is still running.
describe('a transaction', () => {
  it('sends reads awaited together one after the other, and each gets its own answer', async () => {
    const [users, departments, windows] = await db.$transaction(async (tx) =>
      // The pattern src/ no longer uses (tests/unit/transaction-queries.test.ts): Prisma batches the calls of one tick and runs them in order.
      Promise.all([tx.user.count(), tx.department.count(), tx.window.count()]),
    );
    expect([users, departments, windows]).toEqual([await db.user.count(), await db.department.count(), await db.window.count()]);
    expect(takePgOverlaps()).toEqual([]);
  });

  it("sends the queries of one read with several relations one after the other (Prisma's own parallel join)", async () => {
    const department = await db.$transaction((tx) =>
      tx.department.findFirstOrThrow({
        select: {
          name: true,
          users: { select: { id: true } },
          tasks: { select: { id: true } },
          lowerDepartments: { select: { id: true } },
          region: { select: { code: true } },
        },
      }),
    );
    expect(department.region.code).toMatch(/^\d+$/);
    expect(takePgOverlaps()).toEqual([]);
  });

  it('rolls back after a failed query with others in flight, and leaves its connection to the pool in good order', async () => {
    const before = await db.department.count();
    await expect(
      db.$transaction(async (tx) => {
        await tx.department.create({ data: { code: 'TMP-ROLLBACK', name: '临时部门', regionId: (await tx.region.findFirstOrThrow()).id } });
        await Promise.all([tx.$executeRaw`SELECT 1 / 0`, tx.department.count(), tx.window.count()]);
      }),
    ).rejects.toThrow();
    expect(await db.department.count()).toBe(before);
    expect(poolState()?.waiting).toBe(0);
    expect(takePgOverlaps()).toEqual([]);
  });
});
