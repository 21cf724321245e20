import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { cancelServiceItem } from '@/lib/catalog-admin/cancel-service-item';
import { db } from '@/lib/db';
import { actorOf } from '../support/factories';

process.env.CATALOG_POLL_MS = '100';
// @ts-expect-error a plain ES module of the production server, without types
const { createPublicPageCache } = await import('../../scripts/public-page-cache.mjs');

const revision = async () => (await db.catalogRevision.findUniqueOrThrow({ where: { id: 1 } })).revision;
const itemIdOf = async (name: string) => (await db.serviceItem.findFirstOrThrow({ where: { name }, select: { id: true } })).id;

/** One app instance: the page cache in front of a "render" that counts its calls. */
async function instance(renderMs = 0) {
  const cache = createPublicPageCache({ connectionString: process.env.DATABASE_URL, log: { error() {} } });
  await cache.start();
  let renders = 0;
  const server = http.createServer((req, res) =>
    cache.handle(req, res, () => {
      const n = ++renders;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      setTimeout(() => res.end(`<p>render ${n}</p>`), renderMs);
    }),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    renders: () => renders,
    get: async (path: string, headers: Record<string, string> = {}) => (await fetch(url + path, { headers })).text(),
    stop: async () => {
      await new Promise((r) => server.close(r));
      await cache.stop();
    },
  };
}

const running: { stop: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((i) => i.stop()));
});

describe('the catalog revision', () => {
  it('rises with a catalog change, seen by others only when the change commits', async () => {
    const admin = await actorOf('admin');
    const before = await revision();
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      const read = async () => BigInt((await other.query('SELECT "revision" FROM "CatalogRevision" WHERE "id" = 1')).rows[0].revision);
      await db.$transaction(async (tx) => {
        await tx.serviceItem.update({ where: { id: await itemIdOf('普通护照签发') }, data: { name: '普通护照签发' } });
        // Not yet committed: another instance still renders and caches the old catalog under the old revision.
        expect(await read()).toBe(before);
      });
      expect(await read()).toBe(before + 1n);
      await cancelServiceItem(admin, { itemId: await itemIdOf('普通护照签发'), reason: '事项取消' });
      expect(await read()).toBeGreaterThan(before + 1n);
    } finally {
      await other.end();
    }
  });
});

describe('the cache of public pages', () => {
  it('serves a public page from the cache until the catalog changes, on every instance', async () => {
    const a = await instance();
    const b = await instance();
    running.push(a, b);
    expect(await a.get('/services/x')).toBe('<p>render 1</p>');
    expect(await a.get('/services/x')).toBe('<p>render 1</p>');
    expect(await b.get('/services/x')).toBe('<p>render 1</p>');
    expect(await b.get('/services/x')).toBe('<p>render 1</p>');
    expect([a.renders(), b.renders()]).toEqual([1, 1]);

    await cancelServiceItem(await actorOf('admin'), { itemId: await itemIdOf('普通护照签发'), reason: '事项取消' });
    // Both instances poll every 100 ms here (2 s by default): well within the 5 s promised.
    await new Promise((r) => setTimeout(r, 500));
    expect(await a.get('/services/x')).toBe('<p>render 2</p>');
    expect(await b.get('/services/x')).toBe('<p>render 2</p>');
  });

  it('renders a page once for requests that arrive while it renders', async () => {
    const a = await instance(300);
    running.push(a);
    const answers = await Promise.all(Array.from({ length: 8 }, () => a.get('/services/x')));
    expect(answers).toEqual(Array(8).fill('<p>render 1</p>'));
    expect(a.renders()).toBe(1);
  });

  it('serves bundle guides from the cache too', async () => {
    const a = await instance();
    running.push(a);
    expect(await a.get('/services/bundles/YJS-X')).toBe('<p>render 1</p>');
    expect(await a.get('/services/bundles/YJS-X')).toBe('<p>render 1</p>');
    expect(await a.get('/services/bundles/YJS-X/other')).toBe('<p>render 2</p>');
    expect(a.renders()).toBe(2);
  });

  it('renders for signed-in people, other languages, other paths and React requests', async () => {
    const a = await instance();
    running.push(a);
    await a.get('/services/x');
    await a.get('/services/x', { cookie: 'next-auth.session-token=abc' });
    await a.get('/services/x', { cookie: 'locale=en' });
    await a.get('/services/x', { rsc: '1' });
    await a.get('/me');
    await a.get('/me');
    expect(a.renders()).toBe(6);
    await a.get('/services/x', { cookie: 'locale=en' });
    expect(a.renders()).toBe(6);
  });
});
