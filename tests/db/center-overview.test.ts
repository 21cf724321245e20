import { describe, expect, it } from 'vitest';
import { getCenterOverview } from '@/lib/admin/get-center-overview';
import { db } from '@/lib/db';
import { actorOf, submitOnline } from '../support/factories';
import { monday } from '../support/instants';

describe("the admin's overview of the center", () => {
  it('counts the applications exactly while few, and shows the table’s estimate as such past the bound', async () => {
    const admin = await actorOf('admin');
    await submitOnline(await actorOf('zhangsan'), '普通护照签发', monday);
    const exact = await db.application.count({ where: { status: { not: 'DRAFT' } } });
    expect((await getCenterOverview(admin)).applications).toEqual({ count: exact, estimated: false });
    // ANALYZE gives the estimate; with a bound of 0 it is what the page shows, marked as approximate.
    await db.$executeRawUnsafe('ANALYZE "Application"');
    const all = await db.application.count();
    expect(all).toBeGreaterThan(0);
    expect((await getCenterOverview(admin, 0)).applications).toEqual({ count: all, estimated: true });
    await expect(getCenterOverview(await actorOf('clerk'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
