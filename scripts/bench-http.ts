// HTTP benchmark (not a test): what a person waits for. Starts the built app
// (scripts/server.mjs, the server of `npm start`) on the benchmark database,
// signs in one person of each role and drives the key pages with wrk at 10 and
// 50 connections, with 1 and 2 app processes. For each page it reports p50,
// p95, p99, requests/s, bytes per page and, in the same run, the same for the
// page's render floor: /bench-floor, a page in the same layout with a table of
// the same weight and no database access (React rendering alone). Then the
// peak RSS of each app process.
//
//   npm run bench:http
//   (= TEST_PG_PORT=${BENCH_PG_PORT:-54414} node scripts/with-db.mjs --test node --conditions=react-server --import tsx scripts/bench-http.ts)
//
// The data: when the database holds fewer than BENCH_APPLICATIONS (1,000,000)
// generated applications, the loader of scripts/bench-supervision.ts runs first
// (it empties the database). BENCH_DURATION (5 s per measurement),
// BENCH_CONNECTIONS (10,50), BENCH_PROCESSES (1,2), BENCH_DIST_DIR (.next: build
// first with `npx next build`), BENCH_PORT (3204), BENCH_PAGES (a comma list
// of page names to run only those), BENCH_LOAD_ONLY=1 (load the data and stop). BENCH_APP_DIR + BENCH_NEXT_START=1 measure
// another checkout's build with plain `next start` (the "before" numbers), no floor.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { addCalendarDays, shanghaiDate } from '../src/lib/clock/calendar';
import { db } from '../src/lib/db';

const TARGET = Number(process.env.BENCH_APPLICATIONS ?? 1_000_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '10,50').split(',').map(Number);
const PROCESSES = (process.env.BENCH_PROCESSES ?? '1,2').split(',').map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 3204);
const APP_DIR = path.resolve(process.env.BENCH_APP_DIR ?? '.');
const NEXT_START = process.env.BENCH_NEXT_START === '1';
const DIST_DIR = process.env.BENCH_DIST_DIR ?? '.next';
const ONLY = process.env.BENCH_PAGES?.split(',');
const base = `http://127.0.0.1:${PORT}`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function ensureData() {
  const have = await db.application.count({ where: { id: { startsWith: 'bench-a-' } } });
  if (have >= TARGET) return console.log(`reusing ${have.toLocaleString('en')} generated applications`);
  console.log(`loading ${TARGET.toLocaleString('en')} applications with the loader of bench-supervision`);
  const r = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/bench-supervision.ts'], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_APPLICATIONS: String(TARGET), BENCH_RUNS: '1', BENCH_SERVER: '0' },
  });
  if (r.status !== 0) throw new Error('loading failed');
}

function startServer(processes: number) {
  const env = {
    ...process.env,
    NEXT_DIST_DIR: DIST_DIR,
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? `bench-${randomUUID()}`,
    PORT: String(PORT),
    APP_PROCESSES: String(processes),
    BENCH_FLOOR: '1',
    HOSTNAME_BIND: '127.0.0.1',
  };
  const child = NEXT_START
    ? spawn(path.join(APP_DIR, 'node_modules/.bin/next'), ['start', '-p', String(PORT), '-H', '127.0.0.1'], {
        cwd: APP_DIR,
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
      })
    : spawn(process.execPath, ['scripts/server.mjs'], { cwd: APP_DIR, env, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (d: Buffer) => process.stderr.write(`[app] ${d}`));
  return child;
}

async function waitUntilUp() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/auth/csrf`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error('the app did not answer within 120 s');
}

function cookiesOf(res: Response) {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function signIn(login: string) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar },
    body: new URLSearchParams({ csrfToken, login, password: 'Demo@2026', json: 'true' }),
  });
  const cookie = cookiesOf(res)
    .split('; ')
    .filter((c) => c.includes('session-token'))
    .join('; ');
  if (!cookie) throw new Error(`sign-in of ${login} failed (${res.status})`);
  return cookie;
}

function descendants(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  const children = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number) : [];
  return children.flatMap((c) => [c, ...descendants(c)]);
}

function kb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${field}:\\s+(\\d+) kB`));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

type Wrk = { requests: number; duration_us: number; bytes: number; errors: number; non2xx: number; p50: number; p95: number; p99: number };

function wrk(url: string, connections: number, cookie: string | null): Wrk {
  const args = ['-t2', `-c${connections}`, `-d${DURATION}s`, '--timeout', '10s', '-s', 'scripts/wrk-report.lua'];
  if (cookie) args.push('-H', `Cookie: ${cookie}`);
  const r = spawnSync('wrk', [...args, `${base}${url}`], { encoding: 'utf8' });
  const line = r.stdout.split('\n').find((l) => l.startsWith('WRK_JSON '));
  if (!line) throw new Error(`wrk ${url}: ${r.stderr || r.stdout}`);
  return JSON.parse(line.slice('WRK_JSON '.length)) as Wrk;
}

async function get(url: string, cookie: string | null) {
  const res = await fetch(`${base}${url}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
  return body.length;
}

/** /bench-floor?rows=n whose HTML weighs about `bytes`. */
async function floorFor(bytes: number, perRow: number, empty: number) {
  const rows = Math.max(0, Math.round((bytes - empty) / perRow));
  return `/bench-floor?rows=${rows}`;
}

const ms = (us: number) => (us / 1000).toFixed(1);

await ensureData();
if (process.env.BENCH_LOAD_ONLY === '1') {
  // Prepare the data ahead of a measurement (the load takes about an hour on a busy machine).
  await db.$disconnect();
  process.exit(0);
}
const now = new Date();
const today = shanghaiDate(now);
const reviewerDept = (await db.user.findUniqueOrThrow({ where: { username: 'reviewer.scj' }, select: { departmentId: true } })).departmentId!;
const task = await db.departmentTask.findFirstOrThrow({
  where: { departmentId: reviewerDept, status: 'OPEN' },
  orderBy: { openedAt: 'desc' },
  select: { id: true },
});
const openCase = await db.application.findFirstOrThrow({
  where: { status: { in: ['IN_REVIEW', 'ACCEPTED'] } },
  orderBy: { acceptedAt: 'desc' },
  select: { id: true },
});
const guide = await db.serviceItem.findFirstOrThrow({
  where: { status: 'ACTIVE', versions: { some: { status: 'PUBLISHED' } } },
  orderBy: { basicCode: 'asc' },
  select: { basicCode: true },
});
const month = `from=${addCalendarDays(today, -29)}&to=${today}`;
const year = `from=${addCalendarDays(today, -364)}&to=${today}`;

type Page = { name: string; url: string; who: string | null };
const pages: Page[] = [
  { name: 'home', url: '/', who: null },
  { name: 'search', url: `/services?q=${encodeURIComponent('营业执照')}`, who: null },
  { name: 'guide', url: `/services/${guide.basicCode}`, who: null },
  { name: 'guide (signed in)', url: `/services/${guide.basicCode}`, who: 'zhangsan' },
  { name: '/me', url: '/me', who: 'zhangsan' },
  { name: '/desk', url: '/desk', who: 'clerk' },
  { name: '/review', url: '/review', who: 'reviewer.scj' },
  { name: 'task page', url: `/review/tasks/${task.id}`, who: 'reviewer.scj' },
  { name: 'board', url: '/oversee', who: 'supervisor' },
  { name: 'board red', url: '/oversee?level=RED', who: 'supervisor' },
  { name: 'case page', url: `/oversee/applications/${openCase.id}`, who: 'supervisor' },
  { name: 'statistics month', url: `/oversee/statistics?${month}&by=department`, who: 'supervisor' },
  { name: 'statistics year', url: `/oversee/statistics?${year}&by=item`, who: 'supervisor' },
  { name: 'public statistics', url: '/statistics', who: null },
].filter((p) => !ONLY || ONLY.includes(p.name));

const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
// What the pages stand on: the size of the data and what the board and the inboxes hold.
const [data] = await db.$queryRawUnsafe<Record<string, number | string>[]>(`
  SELECT (SELECT count(*)::int FROM "Application") AS applications, (SELECT count(*)::int FROM "DepartmentTask") AS steps,
         (SELECT count(*)::int FROM "AuditEvent") AS "audit events",
         (SELECT count(*)::int FROM "Application" WHERE status IN ('ACCEPTED', 'IN_REVIEW', 'SUSPENDED')) AS "open cases",
         (SELECT count(*)::int FROM "Application" WHERE status IN ('ACCEPTED', 'IN_REVIEW', 'SUSPENDED') AND "promisedDueAt" < now()) AS "red cases",
         (SELECT count(*)::int FROM "Application" a JOIN "User" u ON u.id = a."applicantId" WHERE u.username = 'zhangsan') AS "zhangsan's cases",
         (SELECT pg_size_pretty(pg_database_size(current_database()))) AS "database size"`);
const lines: string[] = [
  `${new Date().toISOString()} · ${DURATION} s per measurement · load average ${loadAverage()} at the start · ${NEXT_START ? `next start in ${APP_DIR}` : 'scripts/server.mjs'}`,
  `data: ${Object.entries(data!)
    .map(([k, v]) => `${k} ${typeof v === 'number' ? v.toLocaleString('en') : v}`)
    .join(', ')}`,
];
console.log(`\n${lines.join('\n')}\n`);
for (const processes of NEXT_START ? [1] : PROCESSES) {
  const server = startServer(processes);
  try {
    await waitUntilUp();
    const cookies: Record<string, string> = {};
    for (const who of new Set(pages.map((p) => p.who).filter((w): w is string => !!w))) cookies[who] = await signIn(who);
    let perRow = 0;
    let empty = 0;
    if (!NEXT_START) {
      empty = await get('/bench-floor?rows=0', null);
      perRow = ((await get('/bench-floor?rows=200', null)) - empty) / 200;
    }
    lines.push(`\n#### ${NEXT_START ? '`next start` (one process)' : `${processes} app process${processes > 1 ? 'es' : ''}`}\n`);
    lines.push('| page | conns | p50 ms | p95 ms | p99 ms | req/s | KB/page | floor p50 | floor p95 | floor req/s | req/s ÷ floor |');
    lines.push('|---|---|---|---|---|---|---|---|---|---|---|');
    console.log(lines.slice(-3).join('\n'));
    for (const page of pages) {
      const cookie = page.who ? cookies[page.who] : null;
      // Warm-up: the first renders compile and fill caches.
      let bytes = 0;
      for (let i = 0; i < 5; i++) bytes = await get(page.url, cookie);
      const floorUrl = NEXT_START ? null : await floorFor(bytes, perRow, empty);
      if (floorUrl) for (let i = 0; i < 3; i++) await get(floorUrl, null);
      for (const c of CONNECTIONS) {
        const r = wrk(page.url, c, cookie);
        const f = floorUrl ? wrk(floorUrl, c, null) : null;
        const rps = r.requests / (r.duration_us / 1e6);
        const frps = f ? f.requests / (f.duration_us / 1e6) : null;
        const bad = r.errors + r.non2xx > 0 ? ` (${r.errors} errors, ${r.non2xx} non-2xx)` : '';
        const line = `| ${page.name} | ${c} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${rps.toFixed(0)}${bad} | ${(bytes / 1024).toFixed(0)} | ${f ? ms(f.p50) : '—'} | ${f ? ms(f.p95) : '—'} | ${frps ? frps.toFixed(0) : '—'} | ${frps ? (rps / frps).toFixed(2) : '—'} |`;
        lines.push(line);
        console.log(line);
      }
    }
    const workers = descendants(server.pid!).filter((pid) => kb(pid, 'VmHWM') > 50_000);
    const peaks = workers.map((pid) => `${(kb(pid, 'VmHWM') / 1024).toFixed(0)} MB`);
    const line = `\nPeak RSS per app process (VmHWM): ${peaks.join(', ') || `${(kb(server.pid!, 'VmHWM') / 1024).toFixed(0)} MB`} · load average ${loadAverage()} at the end`;
    lines.push(line);
    console.log(line);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await sleep(1000);
  }
}
const out = path.join('.data', `bench-http-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}.md`);
fs.mkdirSync('.data', { recursive: true });
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`\nwritten to ${out}`);
await db.$disconnect();
