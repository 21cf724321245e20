import { describe, expect, it } from 'vitest';
import { withInlineData } from '@/lib/bench-inline-data';
import { db } from '@/lib/db';

// The benchmarks' "same page with its data inlined" (BENCH_INLINE_DATA=1): a
// call's first answer comes from the database, every later one from memory.
describe('data inlined for the page benchmarks', () => {
  it('answers a repeated call from its first answer, whatever the database holds meanwhile', async () => {
    const inlined = withInlineData(db);
    const user = await db.user.findUniqueOrThrow({ where: { username: 'zhangsan' }, select: { id: true, name: true } });
    const read = () => inlined.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } });
    expect(await read()).toEqual({ name: user.name });
    await db.user.update({ where: { id: user.id }, data: { name: 'inlined-check' } });
    try {
      expect(await read()).toEqual({ name: user.name });
      // Another call (other arguments) still reaches the database.
      expect(await inlined.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, id: true } })).toEqual({
        name: 'inlined-check',
        id: user.id,
      });
    } finally {
      await db.user.update({ where: { id: user.id }, data: { name: user.name } });
    }
  });

  it('takes raw SQL that differs only in the time it asks with for the same call', async () => {
    const inlined = withInlineData(db);
    const first = await inlined.$queryRaw<{ at: Date }[]>`SELECT clock_timestamp() AS at, ${new Date(0)}::timestamptz AS asked`;
    const second = await inlined.$queryRaw<{ at: Date }[]>`SELECT clock_timestamp() AS at, ${new Date()}::timestamptz AS asked`;
    expect(second).toBe(first);
    const other = await inlined.$queryRaw<{ at: Date }[]>`SELECT clock_timestamp() AS at, ${new Date()}::timestamptz AS asked, 1 AS one`;
    expect(other[0]!.at.getTime()).toBeGreaterThan(first[0]!.at.getTime());
  });
});
