// Issue 15 point 7: several app instances on shared services. Two instances
// (one through PgBouncer in transaction mode) and two workers on one
// PostgreSQL, behind HAProxy, with uploads in an S3-compatible store (s3rver).
// Requests are pinned to an instance with the x-cluster-pin header (HAProxy's
// use-server) and HAProxy says which one answered (x-cluster-server).
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../prisma/seed';
import { createDraftVersion } from '@/lib/catalog-admin/create-draft-version';
import { getVersionForEdit } from '@/lib/catalog-admin/get-version-for-edit';
import { publishVersion } from '@/lib/catalog-admin/publish-version';
import { updateDraftVersion } from '@/lib/catalog-admin/update-draft-version';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { issueApiKey } from '@/lib/open311/issue-api-key';
import { truncateAll } from '../support/truncate';
import { actorOf, submitOnline } from '../support/factories';
import { childLogs, kill, ports, proxyUrl, type Cluster } from './cluster';

const cluster = () => (globalThis as { cluster?: Cluster }).cluster!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const PASSWORD = 'Demo@2026';

/** A client with a cookie jar, each request pinned to an instance (or left to the balancer). */
class Client {
  cookies = new Map<string, string>();
  async fetch(pathname: string, init: RequestInit & { pin?: 'a' | 'b' } = {}) {
    const headers = new Headers(init.headers);
    if (init.pin) headers.set('x-cluster-pin', init.pin);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(`${proxyUrl}${pathname}`, { ...init, headers, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }
  /** next-auth's credentials sign-in, as the e2e fixtures do; returns the error next-auth reports, or null. */
  async signIn(login: string, password: string, pin: 'a' | 'b'): Promise<string | null> {
    const { csrfToken } = (await (await this.fetch('/api/auth/csrf', { pin })).json()) as { csrfToken: string };
    const response = await this.fetch('/api/auth/callback/credentials', {
      pin,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken, login, password, json: 'true' }),
    });
    // With json=true next-auth answers { url } (200 signed in, 401 refused) instead of redirecting.
    const target = response.headers.get('content-type')?.includes('json')
      ? ((await response.json()) as { url: string }).url
      : (response.headers.get('location') ?? '');
    return new URL(target, proxyUrl).searchParams.get('error');
  }
}

beforeAll(async () => {
  await truncateAll(db);
  await seedDemoData(db, { quiet: true });
});

describe('two instances behind HAProxy on shared services', () => {
  it('a journey alternating instances: upload on one, download on the other', async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const context = await browser.newContext({ baseURL: proxyUrl, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', extraHTTPHeaders: { 'x-cluster-pin': 'a' } });
      const page = await context.newPage();
      const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
      expect(
        (await page.request.post('/api/auth/callback/credentials', { form: { csrfToken, login: 'zhangsan', password: PASSWORD, json: 'true' } })).ok(),
      ).toBe(true);

      const served: string[] = [];
      page.on('response', (r) => {
        if (r.request().method() === 'POST') served.push(r.headers()['x-cluster-server'] ?? '?');
      });
      await page.goto('/services?q=社会保障卡');
      await page.getByRole('link', { name: '社会保障卡申领' }).first().click();
      await page.getByRole('link', { name: '在线申报' }).click();
      const items = page.locator('li:has(input[type=file])');
      await items.first().waitFor({ timeout: 60_000 });
      const uploaded = new Map<string, Buffer>();
      for (let i = 0; i < (await items.count()); i++) {
        const item = items.nth(i);
        if ((await item.getByText('已持有电子证照').count()) > 0) continue;
        const buffer = Buffer.from(`%PDF-1.4\n% cluster ${i} ${randomUUID()}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
        uploaded.set(buffer.toString('hex'), buffer);
        await item.locator('input[type=file]').setInputFiles({ name: `material-${i + 1}.pdf`, mimeType: 'application/pdf', buffer });
      }
      await page.getByRole('button', { name: '提交申请' }).click();
      await page.waitForURL(/\/me\/applications\/[^/?]+\?submitted=1/, { timeout: 60_000 });
      // The submission (a server action with the files) went to instance a.
      expect(served.length).toBeGreaterThan(0);
      expect(served.every((s) => s === 'a')).toBe(true);
      const applicationId = new URL(page.url()).pathname.split('/').at(-1)!;

      // Instance b knows the session and serves the files that a stored, from the shared bucket.
      await context.setExtraHTTPHeaders({ 'x-cluster-pin': 'b' });
      const casePage = await page.request.get(`/me/applications/${applicationId}`);
      expect(casePage.status()).toBe(200);
      expect(casePage.headers()['x-cluster-server']).toBe('b');
      expect(await casePage.text()).toContain('社会保障卡申领');
      const files = await db.storedFile.findMany({ where: { material: { applicationId } }, select: { id: true } });
      expect(files.length).toBe(uploaded.size);
      for (const file of files) {
        const download = await page.request.get(`/api/files/${file.id}`);
        expect(download.status()).toBe(200);
        expect(download.headers()['x-cluster-server']).toBe('b');
        expect(uploaded.has((await download.body()).toString('hex'))).toBe(true);
      }
      await context.close();
    } finally {
      await browser.close();
    }
  });

  it('a catalog change published through one process shows on both instances within 5 s', async () => {
    const admin = await actorOf('admin');
    const version = await db.serviceItemVersion.findFirstOrThrow({
      where: { name: '普通护照签发', status: 'PUBLISHED' },
      select: { itemId: true, item: { select: { basicCode: true } } },
    });
    const code = version.item.basicCode;
    const guide = `/services/${code}`;
    const client = new Client();
    // Both instances have the guide in their page cache first.
    for (const pin of ['a', 'b'] as const) {
      const response = await client.fetch(guide, { pin });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-cluster-server')).toBe(pin);
      await response.text();
    }
    const fee = `收费 ${randomUUID().slice(0, 8)} 元`;
    const { versionId } = await createDraftVersion(admin, version.itemId);
    const { document } = await getVersionForEdit(admin, versionId);
    await updateDraftVersion(admin, { versionId, document: { ...document, fee } });
    await publishVersion(admin, { versionId });
    const publishedAt = Date.now();
    const seenAfter: Record<string, number> = {};
    while (Object.keys(seenAfter).length < 2 && Date.now() - publishedAt < 8_000) {
      for (const pin of ['a', 'b'] as const) {
        if (seenAfter[pin] !== undefined) continue;
        const html = await (await client.fetch(guide, { pin })).text();
        if (html.includes(fee)) seenAfter[pin] = Date.now() - publishedAt;
      }
      await sleep(200);
    }
    console.log(`[cluster] the new fee showed on a after ${seenAfter.a} ms, on b after ${seenAfter.b} ms`);
    expect(seenAfter.a).toBeLessThan(5_000);
    expect(seenAfter.b).toBeLessThan(5_000);
  });

  it('counts sign-in failures across both instances', async () => {
    const client = new Client();
    // The pair (client address, account) is refused after 3 failures (src/lib/auth/sign-in-limiter.ts).
    expect(await client.signIn('qiye', 'wrong-1', 'a')).toBe('CredentialsSignin');
    expect(await client.signIn('qiye', 'wrong-2', 'b')).toBe('CredentialsSignin');
    expect(await client.signIn('qiye', 'wrong-3', 'a')).toBe('CredentialsSignin');
    // Neither instance saw more than two failures itself: only a shared count refuses the fourth.
    expect(await client.signIn('qiye', 'wrong-4', 'b')).toBe('RATE_LIMITED');
  });

  it('logs JSON lines with the request id, and serves metrics on the operators’ port only', async () => {
    const requestId = `cluster-${randomUUID()}`;
    const response = await fetch(`${proxyUrl}/services`, { headers: { 'x-cluster-pin': 'a', 'x-request-id': requestId } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(requestId);
    await response.text();
    await sleep(300);
    const lines = cluster().apps.a.log;
    const parsed = lines.map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        return null;
      }
    });
    expect(lines.filter((_, i) => parsed[i] === null)).toEqual([]);
    expect(parsed.some((l) => l?.requestId === requestId && l.msg === 'request' && l.path === '/services' && l.status === 200 && l.instance === 'a')).toBe(
      true,
    );

    const metrics = await (await fetch(`http://127.0.0.1:${ports.metricsA}/metrics`)).text();
    expect(metrics).toMatch(/portal_http_request_duration_seconds_count\{[^}]*route="\/services"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/portal_open_warnings\{level="red"\} \d+/);
    expect(metrics).toMatch(/portal_outbox_oldest_pending_seconds \d/);
    expect(metrics).toMatch(/portal_database_up 1/);
    expect(metrics).toMatch(/portal_render_queue_waiting \d+/);
    // Without one, HAProxy gives the request an id, and that is the one the app logs and returns.
    const given = await fetch(`${proxyUrl}/services`, { headers: { 'x-cluster-pin': 'a' } });
    await given.text();
    const haproxyId = given.headers.get('x-request-id')!;
    expect(haproxyId).toMatch(/^[0-9A-F]{16,}$/);
    await sleep(300);
    expect(cluster().apps.a.log.some((line) => line.includes(`"requestId":"${haproxyId}"`))).toBe(true);
    // Through the public load balancer there is no such path.
    expect((await fetch(`${proxyUrl}/metrics`)).status).toBe(404);
  });

  it('two workers deliver every outbox message once', async () => {
    const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
    const before = await db.outboxMessage.count({ where: { channel: 'SMS' } });
    const ids: string[] = [];
    for (let i = 0; i < 16; i++) ids.push((await submitOnline(applicant, '普通护照签发')).id);
    for (const id of ids) await acceptApplication(clerk, id);
    expect(await db.outboxMessage.count({ where: { channel: 'SMS' } })).toBeGreaterThanOrEqual(before + ids.length);
    const deadline = Date.now() + 60_000;
    while ((await db.outboxMessage.count({ where: { status: { in: ['PENDING', 'SENDING'] } } })) > 0) {
      if (Date.now() > deadline) throw new Error(`the outbox did not empty\n${childLogs()}`);
      await sleep(300);
    }
    const sms = await db.outboxMessage.findMany({ where: { channel: 'SMS' }, select: { id: true, status: true } });
    expect(sms.every((m) => m.status === 'SENT')).toBe(true);
    // Each worker logs what it sent; a message both sent would be in both logs.
    const perWorker = await Promise.all(
      cluster().workerDataDirs.map(async (dir) =>
        (await readFile(path.join(dir, 'sms', 'outbox.log'), 'utf8').catch(() => ''))
          .split('\n')
          .filter(Boolean)
          .map((l) => (JSON.parse(l) as { key: string }).key),
      ),
    );
    const all = perWorker.flat();
    console.log(`[cluster] ${sms.length} texts: ${perWorker.map((keys, i) => `worker ${i + 1} sent ${keys.length}`).join(', ')}`);
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(sms.map((m) => m.id).sort());
  });

  it('an instance killed during a burst of submissions: every acknowledged one is there once', async () => {
    const admin = await actorOf('admin');
    const { key } = await issueApiKey(admin, { name: '集群测试', rateLimitPerHour: 10_000 });
    const code = (
      await db.serviceItemVersion.findFirstOrThrow({ where: { name: '普通护照签发', status: 'PUBLISHED' }, select: { item: { select: { basicCode: true } } } })
    ).item.basicCode;
    const definition = (await (await fetch(`${proxyUrl}/open311/v2/services/${code}.json`)).json()) as {
      attributes: { code: string; datatype: string; required: boolean; values?: { key: string }[] }[];
    };
    const attributes: [string, string][] = [];
    for (const a of definition.attributes) {
      if (!a.required) continue;
      const name = a.datatype === 'multivaluelist' ? `attribute[${a.code}][]` : `attribute[${a.code}]`;
      attributes.push([
        name,
        a.datatype.endsWith('valuelist') ? a.values![0]!.key : a.datatype === 'number' ? '12' : a.datatype === 'datetime' ? '2026-12-01' : '已备齐',
      ]);
    }

    const acknowledged: { marker: string; id: string; by: string }[] = [];
    const failed: string[] = [];
    let killedAt = 0;
    const lane = async (n: number) => {
      for (let i = 0; i < 30; i++) {
        const marker = `burst-${n}-${i}-${randomUUID().slice(0, 8)}`;
        try {
          const response = await fetch(`${proxyUrl}/open311/v2/requests.json`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams([['api_key', key], ['service_code', code], ['description', `集群测试 ${marker}`], ...attributes]),
            signal: AbortSignal.timeout(20_000),
          });
          if (response.status === 201) {
            const [{ service_request_id }] = (await response.json()) as { service_request_id: string }[];
            acknowledged.push({ marker, id: service_request_id, by: response.headers.get('x-cluster-server') ?? '?' });
          } else failed.push(`${response.status}`);
        } catch (error) {
          failed.push(String(error));
        }
      }
    };
    const burst = Promise.all([0, 1, 2, 3].map(lane));
    // Instance a dies, with requests in flight, once the burst is well under way.
    while (acknowledged.length < 20) await sleep(50);
    await kill(cluster().apps.a, 'SIGKILL');
    killedAt = acknowledged.length;
    await burst;

    const after = acknowledged.slice(killedAt);
    console.log(
      `[cluster] ${acknowledged.length} acknowledged (${killedAt} before the kill, ${after.length} after), ${failed.length} refused or cut: ${failed.slice(0, 5).join(', ')}`,
    );
    expect(acknowledged.some((a) => a.by === 'a')).toBe(true);
    expect(acknowledged.some((a) => a.by === 'b')).toBe(true);
    // HAProxy sent the rest to b: the burst went on.
    expect(after.length).toBeGreaterThan(40);
    expect(after.slice(-20).every((a) => a.by === 'b')).toBe(true);
    const rows = await db.open311Request.findMany({
      where: { id: { in: acknowledged.map((a) => a.id) } },
      select: { id: true, inquiry: { select: { question: true } } },
    });
    expect(rows.length).toBe(acknowledged.length);
    for (const a of acknowledged) {
      expect(rows.find((r) => r.id === a.id)?.inquiry.question).toContain(a.marker);
      expect(await db.inquiry.count({ where: { question: { contains: a.marker } } })).toBe(1);
    }
  });

  it('a stopped instance finishes the request in flight before it leaves', async () => {
    const b = cluster().apps.b;
    const admin = await actorOf('admin');
    const { key } = await issueApiKey(admin, { name: '停机测试', rateLimitPerHour: 100 });
    const code = (
      await db.serviceItem.findFirstOrThrow({ where: { versions: { some: { name: '普通护照签发', status: 'PUBLISHED' } } }, select: { basicCode: true } })
    ).basicCode;
    const marker = `graceful-${randomUUID().slice(0, 8)}`;
    const definition = (await (await fetch(`http://127.0.0.1:${ports.b}/open311/v2/services/${code}.json`)).json()) as {
      attributes: { code: string; datatype: string; required: boolean; values?: { key: string }[] }[];
    };
    const form = new URLSearchParams([
      ['api_key', key],
      ['service_code', code],
      ['description', `停机测试 ${marker}`],
    ]);
    for (const a of definition.attributes.filter((x) => x.required)) {
      form.append(
        a.datatype === 'multivaluelist' ? `attribute[${a.code}][]` : `attribute[${a.code}]`,
        a.datatype.endsWith('valuelist') ? a.values![0]!.key : a.datatype === 'number' ? '12' : a.datatype === 'datetime' ? '2026-12-01' : '已备齐',
      );
    }
    const body = Buffer.from(form.toString());
    // The request arrives, but its body comes slowly: it is in flight when the stop comes.
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: ports.b,
          method: 'POST',
          path: '/open311/v2/requests.json',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': body.length },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      request.on('error', reject);
      request.write(body.subarray(0, 10));
      setTimeout(() => request.end(body.subarray(10)), 2_000);
    });
    await sleep(500);
    const exited = new Promise<number | null>((resolve) => b.process.once('exit', (code) => resolve(code)));
    process.kill(b.process.pid!, 'SIGTERM');
    await sleep(500);
    // No new connections while it finishes.
    await expect(fetch(`http://127.0.0.1:${ports.b}/healthz`, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
    const { status, text } = await answer;
    expect(status).toBe(201);
    const [{ service_request_id }] = JSON.parse(text) as { service_request_id: string }[];
    expect((await db.open311Request.findUniqueOrThrow({ where: { id: service_request_id }, include: { inquiry: true } })).inquiry.question).toContain(marker);
    expect(await exited).toBe(0);
  });
});
