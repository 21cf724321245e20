// scripts/render-queue.mjs: how many requests one app process renders at once.
// A real HTTP server whose "render" answers only when the test lets it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the server scripts, without types
import { createRenderQueue } from '../../scripts/render-queue.mjs';

type Admit = ((req: http.IncomingMessage, res: http.ServerResponse, render: () => void) => void) & { waiting: () => number };

let server: http.Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  return new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/** A server whose renders wait until `finish(url)` is called; `started` lists the URLs rendering or rendered, in order. */
async function serve(admit: Admit) {
  const started: string[] = [];
  const startedAt = new Map<string, number>();
  const open = new Map<string, http.ServerResponse>();
  server = http.createServer((req, res) =>
    admit(req, res, () => {
      started.push(`${req.method} ${req.url}`);
      startedAt.set(req.url ?? '', performance.now());
      open.set(req.url ?? '', res);
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
  return {
    started,
    startedAt,
    settle,
    get: (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, init),
    /** A request whose answer the test does not wait for (the server may be closed under it). */
    send: (path: string, init: RequestInit = {}) => void fetch(`${base}${path}`, init).catch(() => {}),
    finish: async (path: string) => {
      open.get(path)!.end('ok');
      await settle();
    },
  };
}

describe('render queue', () => {
  it('renders at most `limit` requests at once and starts the next one when an answer is finished, in arrival order', async () => {
    const s = await serve(createRenderQueue(2));
    const answers = [];
    for (const p of ['/a', '/b', '/c', '/d']) {
      answers.push(s.get(p));
      await s.settle(); // one after another, so they arrive in this order
    }
    expect(s.started).toEqual(['GET /a', 'GET /b']);
    await s.finish('/a');
    expect(s.started).toEqual(['GET /a', 'GET /b', 'GET /c']);
    await s.finish('/b');
    await s.finish('/c');
    await s.finish('/d');
    expect(s.started).toEqual(['GET /a', 'GET /b', 'GET /c', 'GET /d']);
    expect(await Promise.all((await Promise.all(answers)).map((r) => r.text()))).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('lets requests with a body, static files and health checks through at once', async () => {
    const s = await serve(createRenderQueue(1));
    s.send('/busy');
    await s.settle();
    s.send('/form', { method: 'POST', body: 'x=1' });
    s.send('/_next/static/chunks/app.js');
    s.send('/healthz');
    s.send('/readyz');
    s.send('/waits');
    await s.settle();
    expect(s.started[0]).toBe('GET /busy');
    expect(s.started.slice(1).sort()).toEqual(['GET /_next/static/chunks/app.js', 'GET /healthz', 'GET /readyz', 'POST /form']);
  });

  it('forgets a waiting request whose client went away, and frees a place whose client went away mid-render', async () => {
    const s = await serve(createRenderQueue(1));
    const gone = new AbortController();
    s.send('/first');
    await s.settle();
    s.send('/abandoned', { signal: gone.signal });
    await s.settle();
    gone.abort();
    await s.settle();
    s.send('/third');
    await s.finish('/first');
    expect(s.started).toEqual(['GET /first', 'GET /third']);

    const leaving = new AbortController();
    s.send('/fourth', { signal: leaving.signal });
    await s.finish('/third');
    s.send('/fifth');
    await s.settle();
    expect(s.started.at(-1)).toBe('GET /fourth');
    leaving.abort();
    await s.settle();
    expect(s.started.at(-1)).toBe('GET /fifth');
  });

  it('gives a place back after holdMs even if the answer is still going out', async () => {
    const s = await serve(createRenderQueue(1, { holdMs: 500 }));
    s.send('/slow');
    await s.settle();
    s.send('/next');
    // Timed from when /slow started, so a slow machine cannot make the test see /next early or late.
    while (s.started.length < 2) await s.settle();
    expect(s.started).toEqual(['GET /slow', 'GET /next']);
    expect(s.startedAt.get('/next')! - s.startedAt.get('/slow')!).toBeGreaterThanOrEqual(495);
    await s.finish('/slow');
    await s.finish('/next');
  });

  it('refuses a request past maxWaiting at once with 503, Retry-After and a page in Chinese and English, and waits again once there is room', async () => {
    const admit = createRenderQueue(1, { maxWaiting: 2 });
    const s = await serve(admit);
    for (const p of ['/a', '/b', '/c']) {
      s.send(p);
      await s.settle();
    }
    expect(admit.waiting()).toBe(2);
    const refused = await s.get('/d');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    const page = await refused.text();
    expect(page).toContain('服务繁忙');
    expect(page).toContain('The portal is busy');
    const head = await s.get('/d', { method: 'HEAD' });
    expect(head.status).toBe(503);
    expect(await head.text()).toBe('');
    // A request with a body still goes straight through.
    s.send('/form', { method: 'POST', body: 'x=1' });
    await s.settle();
    expect(s.started).toEqual(['GET /a', 'POST /form']);
    await s.finish('/a');
    expect(admit.waiting()).toBe(1);
    s.send('/e');
    await s.settle();
    expect(admit.waiting()).toBe(2);
    for (const p of ['/b', '/c', '/e']) await s.finish(p);
    expect(s.started).toEqual(['GET /a', 'POST /form', 'GET /b', 'GET /c', 'GET /e']);
    await s.finish('/form');
  });

  it('with no limit (APP_RENDERS=0) renders everything at once', async () => {
    const s = await serve(createRenderQueue(0));
    for (const p of ['/a', '/b', '/c']) s.send(p);
    await s.settle();
    expect(s.started).toHaveLength(3);
    for (const p of ['/a', '/b', '/c']) await s.finish(p);
  });
});
