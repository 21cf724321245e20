import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { test, expect } from './fixtures';

/*
 * Issue 14, points 11, 12, 14 and 19, against the built app: the security
 * headers, junk addresses and oversize bodies refused with a 4xx, and a fuzz
 * of every server action and public route with a fixed seed: no HTTP 500.
 */

const PUBLIC_ROUTES = [
  '/',
  '/services',
  '/services/0000000000',
  '/services/0000000000/checklist.pdf',
  '/track',
  '/verify',
  '/disclosure',
  '/statistics',
  '/hall',
  '/hall/take',
  '/activate',
  '/login',
  '/open-data',
  '/api/open-data/services',
  '/api/open-data/services/x',
  '/api/open-data/services/x/versions',
  '/open311/v2/discovery.json',
  '/open311/v2/services.json',
  '/open311/v2/services/x.json',
  '/api/statistics',
  '/api/files/x',
  '/me',
  '/desk',
  '/review',
  '/oversee',
  '/admin',
];
const QUERY_KEYS = [
  'q',
  'code',
  'receipt',
  'receiptNumber',
  'checkCode',
  'number',
  'page',
  'cursor',
  'dept',
  'level',
  'type',
  'next',
  'lang',
  'from',
  'to',
  'kind',
  'sort',
];

/** A small fixed-seed generator (mulberry32): the same requests on every run. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  const junk = (): string =>
    pick([
      () => '%00',
      () => 'a%00b',
      () => '%',
      () => '%E0%A4%A',
      () => '%C0%AF',
      () => '%FF%FE',
      () => '%0D%0ASet-Cookie:%20x=1',
      () => '%E2%80%AE',
      () => encodeURIComponent('护照'.repeat(1 + int(50))),
      () => String(int(1e9)),
      () => '-1',
      () => '1e309',
      () => encodeURIComponent("' OR 1=1 --"),
      () => encodeURIComponent('<script>alert(1)</script>'),
      () => 'x'.repeat(1 + int(3000)),
      () => '',
      () => encodeURIComponent('../../etc/passwd'),
      () => '%2e%2e%2f',
    ])();
  const value = (): unknown =>
    pick([
      () => junk(),
      () => decodeSafely(junk()),
      () => int(1e6),
      () => null,
      () => true,
      () => [decodeSafely(junk())],
      () => ({ [decodeSafely(junk())]: decodeSafely(junk()) }),
      () => '\u0000'.repeat(1 + int(5)),
      () => 'a'.repeat(int(20000)),
    ])();
  return { int, pick, junk, value };
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Every server action of the build with a page that serves it (the manifest
 * Next writes for the action router): an action is found only when posted to
 * a page whose module imports it.
 */
function actions(): { id: string; page: string }[] {
  const dist = process.env.E2E_DIST_DIR ?? '.next-test';
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, { workers }]) => {
    const worker = Object.keys(workers).find((w) => w.endsWith('/page')) ?? 'app/page';
    const page =
      worker
        .replace(/^app/, '')
        .replace(/\/page$/, '')
        .replace(/\/\([^)]+\)/g, '')
        .replace(/\[[^\]]+\]/g, 'x') || '/';
    return { id, page };
  });
}
const actionIds = () => actions().map((a) => a.id);

test.describe('security headers (point 14)', () => {
  test('every page gets a nonce-based CSP and the fixed headers; no X-Powered-By', async ({ request }) => {
    const nonces = new Set<string>();
    for (const route of ['/', '/services', '/login', '/track']) {
      const response = await request.get(route);
      expect(response.status(), route).toBe(200);
      const headers = response.headers();
      const csp = headers['content-security-policy'];
      expect(csp, route).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
      expect(headers['x-powered-by']).toBeUndefined();
      // Served over plain http here: no HSTS (it would pin a name that has no certificate).
      expect(headers['strict-transport-security']).toBeUndefined();
      const nonce = /'nonce-([^']+)'/.exec(csp)![1];
      nonces.add(nonce);
      // Next's own scripts carry this response's nonce; none goes without.
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((s) => !s.includes(`nonce="${nonce}"`))).toEqual([]);
    }
    expect(nonces.size).toBe(4);
    // Static assets get nosniff too.
    const html = await (await request.get('/')).text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(html)![0];
    const assetResponse = await request.get(asset);
    expect(assetResponse.headers()['x-content-type-options']).toBe('nosniff');
  });

  test('pages hydrate under the policy: no violation, a client control works', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
    });
    for (const route of ['/', '/services', '/track', '/login']) {
      await page.goto(route);
      await page.waitForLoadState('networkidle');
    }
    // The catalog's search is a client form: typing and submitting navigates without a reload.
    await page.goto('/services');
    const search = page.getByRole('searchbox').first();
    if (await search.count()) {
      await search.fill('护照');
      await search.press('Enter');
      await expect(page).toHaveURL(/q=/);
    }
    expect(violations).toEqual([]);
  });
});

test.describe('junk refused with 4xx (points 11, 12, 19)', () => {
  test('NUL and bad percent escapes in the address answer 400, not 500', async ({ request }) => {
    for (const url of [
      '/services?q=%00',
      '/track?receiptNumber=%00&checkCode=%00',
      '/verify?number=%00',
      '/disclosure?q=%00',
      '/api/open-data/services?q=%00',
      '/services/%00',
      '/services/%E0%A4%A',
      '/open311/v2/services.json?q=%00',
    ]) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(400);
    }
    // Next reads a bad escape in a query leniently (as U+FFFD): the page answers, and never with 500.
    for (const url of ['/services?q=%', '/statistics?from=%C0', '/disclosure?q=%E0%A4%A']) {
      expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBeLessThan(500);
    }
  });

  test('a 50 MB body answers 413 FILE_TOO_LARGE, not 500', async ({ request }) => {
    const [id] = actionIds();
    const response = await request.post('/', {
      headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8' },
      data: Buffer.alloc(50 * 1024 * 1024, 0x61),
    });
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain('FILE_TOO_LARGE');
  });

  test('a streamed action body without a length answers 411, not 500', async ({ baseURL }) => {
    const [id] = actionIds();
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        new URL('/', baseURL),
        { method: 'POST', headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', 'Transfer-Encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', (error) => (error.message.includes('EPIPE') || error.message.includes('ECONNRESET') ? undefined : reject(error)));
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      for (let i = 0; i < 50 && !req.destroyed; i++) req.write(chunk);
      req.end();
    });
    expect(status).toBe(411);
  });

  test('fuzz: every server action and public route, a fixed seed, no HTTP 500', async ({ request, pageAs }) => {
    test.setTimeout(600_000);
    const rng = random(20261206);
    const all = actions();
    expect(all.length).toBeGreaterThan(30);
    const signedIn = (await pageAs('zhangsan')).request;
    const failures: string[] = [];
    let sent = 0;
    const check = async (what: string, send: () => Promise<{ status(): number }>) => {
      sent++;
      const status = (await send()).status();
      if (status >= 500) failures.push(`${status} ${what}`);
    };

    // The arguments as React's client encodes them: strings starting with `$` are escaped as `$$`.
    const encode = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'string' && x.startsWith('$') ? `$${x}` : x));
    const fields = () => {
      const form: Record<string, string> = {};
      for (let f = rng.int(8); f > 0; f--) {
        const key = rng.pick([
          'applicationId',
          'taskId',
          'draftId',
          'versionId',
          'materialId',
          'note',
          'body',
          'question',
          'content',
          'locale',
          'file:x',
          'status:x',
          'how:x',
          'situationIds',
          decodeSafely(rng.junk()).slice(0, 40),
        ]);
        form[`1_${key}`] = String(rng.value());
      }
      return form;
    };
    for (const { id, page } of all) {
      for (let i = 0; i < 24; i++) {
        const client = i % 2 === 0 ? request : signedIn;
        const kind = rng.int(6);
        const headers = { 'Next-Action': id, Accept: 'text/x-component' };
        if (kind === 0) {
          // A call with plain values, as `action(input)` sends it.
          const body = encode(Array.from({ length: 1 + rng.int(2) }, () => rng.value()));
          await check(`${id} json ${body.slice(0, 80)}`, () =>
            client.post(page, { headers: { ...headers, 'Content-Type': 'text/plain;charset=UTF-8' }, data: body }),
          );
        } else if (kind === 1 || kind === 2) {
          // A form, as `action(prevState, formData)` sends it, with junk fields and sometimes a file with a hostile name.
          const form: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> = {
            '0': rng.int(2) ? '[null,"$K1"]' : '["$K1"]',
            ...fields(),
          };
          if (kind === 2) {
            const name = decodeSafely(rng.junk()).slice(0, 100) || 'x';
            form[`1_${rng.pick(['file:x', 'files', 'file'])}`] = { name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n${rng.junk()}\n%%EOF`) };
          }
          await check(`${id} form ${JSON.stringify(Object.keys(form)).slice(0, 80)}`, () => client.post(page, { headers, multipart: form }));
        } else if (kind === 3) {
          // A form posted without JavaScript names its action in the body.
          const form: Record<string, string> = { [`$ACTION_ID_${id}`]: '' };
          for (let f = rng.int(5); f > 0; f--) form[rng.pick(['applicationId', 'note', 'locale', rng.junk()])] = String(rng.value());
          await check(`${id} no-js form`, () => client.post(page, { multipart: form, maxRedirects: 0 }));
        } else if (kind === 4) {
          // Malformed encodings: multipart without its root, references to nothing, objects instead of argument lists.
          const body = rng.pick(['{"a":1}', '["$1"]', '["$@2"]', '["$Q1"]', '["$h1"]', '["$nzz"]', '"x"', '', rng.junk()]);
          await check(`${id} malformed ${body.slice(0, 40)}`, () =>
            client.post(page, { headers: { ...headers, 'Content-Type': 'text/plain;charset=UTF-8' }, data: body }),
          );
          await check(`${id} multipart without root`, () => client.post(page, { headers, multipart: fields() }));
        } else {
          await check(`${id} raw`, () =>
            client.post(page, {
              headers: {
                ...headers,
                'Content-Type': rng.pick(['text/plain', 'application/json', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']),
              },
              data: rng.junk(),
            }),
          );
        }
      }
    }
    for (let i = 0; i < 1500; i++) {
      const route = rng.pick(PUBLIC_ROUTES);
      const query = Array.from({ length: rng.int(4) }, () => `${rng.pick(QUERY_KEYS)}=${rng.junk()}`).join('&');
      // Never `//…` at the start: that is another host to an HTTP client.
      const url = `${route}${rng.int(4) === 0 ? `${route === '/' ? '' : '/'}${rng.junk()}` : ''}${query ? `?${query}` : ''}`;
      const client = i % 3 === 0 ? signedIn : request;
      await check(`GET ${url.slice(0, 120)}`, async () => {
        try {
          return await client.get(url, { maxRedirects: 0 });
        } catch (error) {
          // Addresses the HTTP client itself refuses to send never reach the app.
          if (String(error).includes('Invalid URL')) return { status: () => 0 };
          throw error;
        }
      });
    }
    console.log(`[fuzz] ${sent} requests, ${failures.length} answered 5xx`);
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(2000);
  });
});
