// Issue 14 point 18: while the database is down, a signed-in page shows the
// translated "service busy" page under a header without the account (not
// Next's English error page), /readyz answers 503, /healthz 200; when the
// database is back the same page answers again, without restarting the app.
// Runs the built app (`npm test` builds it first into E2E_DIST_DIR, .next-test).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../prisma/seed';
import { root } from '../../scripts/with-db.mjs';
import { db } from '@/lib/db';
import { truncateAll } from '../support/truncate';
import { eventually, faultDatabase, within } from './support';

const distDir = process.env.E2E_DIST_DIR ?? '.next-test';
const port = Number(process.env.FAULT_APP_PORT ?? 3149);
const base = `http://127.0.0.1:${port}`;
let app: ChildProcess | undefined;

async function get(pathname: string, cookie = '') {
  const response = await fetch(`${base}${pathname}`, { headers: { cookie }, redirect: 'manual' });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** Signs in through next-auth's own credentials flow, as the browser does. */
async function signIn(login: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ login, password: 'Demo@2026', csrfToken, json: 'true' }),
    redirect: 'manual',
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`signing in as ${login} failed (${response.status})`);
  return session.split(';')[0];
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(root, distDir, 'BUILD_ID'))) {
    throw new Error(`no build in ${distDir}: run \`NEXT_DIST_DIR=${distDir} npx next build\` first (npm test does)`);
  }
  await truncateAll(db);
  await seedDemoData(db, { quiet: true });
  // The server of `npm start`, one app process, no page cache; it watches the database every 300 ms here.
  app = spawn(process.execPath, [path.join(root, 'scripts/server.mjs'), String(port)], {
    cwd: root,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: distDir,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: 'fault-test-secret-not-used-anywhere-else',
      DATABASE_ACQUIRE_TIMEOUT_MS: '3000',
      APP_PROCESSES: '1',
      PAGE_CACHE: '0',
      DB_WATCH_MS: '300',
      HOSTNAME_BIND: '127.0.0.1',
    },
  });
  await within(
    eventually(async () => {
      if ((await get('/healthz')).status !== 200) throw new Error('not up yet');
    }, 60_000),
    65_000,
    'the app to start',
  );
});

afterAll(() => {
  // Its own process group (detached): the server and the app process it forked.
  if (app?.pid) process.kill(-app.pid, 'SIGTERM');
});

describe('pages during a database outage', () => {
  it('show the translated busy page with a header that degrades, and come back by themselves', async () => {
    const cookie = await signIn('zhangsan');
    const before = await get('/me', cookie);
    expect(before.status).toBe(200);
    expect(before.text).toContain('张三');

    const server = faultDatabase();
    await server.halt();
    try {
      const during = await within(get('/me', cookie), 15_000, '/me during the outage');
      console.log(`[fault] /me during the outage: HTTP ${during.status}`);
      // Not a 200 a cache or a monitor would take for a good page.
      expect(during.status).toBeGreaterThanOrEqual(500);
      expect(during.text).toContain('服务繁忙，请稍后再试');
      expect(during.text).toContain('一窗通办');
      expect(during.text).not.toMatch(/Internal Server Error|Application error/);
      expect(during.text).not.toContain('张三');
      expect((await get('/readyz')).status).toBe(503);
      expect((await get('/healthz')).status).toBe(200);
      // Once the server's watch has seen the outage: 503 with Retry-After, the busy page in both languages.
      const busy = await within(
        eventually(async () => {
          const page = await get('/me', cookie);
          if (page.status !== 503) throw new Error(`still ${page.status}`);
          return page;
        }, 5_000),
        10_000,
        '/me answering 503',
      );
      expect(busy.headers.get('retry-after')).toBe('5');
      expect(busy.text).toContain('服务繁忙，请稍后再试');
      expect(busy.text).toContain('The service is busy');
      expect(busy.text).not.toContain('张三');
    } finally {
      await server.start();
    }

    const after = await within(
      eventually(async () => {
        const page = await get('/me', cookie);
        if (page.status !== 200) throw new Error(`still ${page.status}`);
        return page;
      }, 10_000),
      15_000,
      '/me after the restart',
    );
    expect(after.text).toContain('张三');
    expect((await get('/readyz')).status).toBe(200);
  });
});
