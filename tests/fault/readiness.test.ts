// Issue 15 point 8 / issue 14 point 16: /readyz fails while the pool cannot
// reach the database and recovers by itself when it is back.
import { describe, expect, it } from 'vitest';
import { checkReadiness } from '@/lib/health/check-readiness';
import { GET as readyz } from '@/app/readyz/route';
import { faultDatabase, eventually, within } from './support';

describe('readiness', () => {
  it('is ready with the database up and every migration applied', async () => {
    const readiness = await checkReadiness();
    expect(readiness).toMatchObject({ ok: true, database: 'up', pendingMigrations: [] });
    expect((await readyz()).status).toBe(200);
  });

  it('answers 503 quickly while the database is down, and 200 again when it is back', async () => {
    const server = faultDatabase();
    await server.halt();
    try {
      const started = Date.now();
      const response = await readyz();
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(await response.json()).toMatchObject({ status: 'unavailable', database: 'down' });
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await server.start();
    }
    await within(
      eventually(async () => {
        if ((await readyz()).status !== 200) throw new Error('not ready yet');
      }, 10_000),
      15_000,
      'readiness after the restart',
    );
  });
});
