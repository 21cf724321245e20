// HTTP benchmark (not a test): what a person waits for. Starts the built app
// (scripts/server.mjs, the server of `npm start`) on the benchmark database,
// signs in one person of each role and drives the key pages with wrk at 10 and
// 50 connections, with 1 and 2 app processes. For each page it reports p50,
// p95, p99, requests/s, bytes per page and, in the same run, the same for the
// page's render floor: /bench-floor, a page in the same layout with a table of
// the same weight and no database access (React rendering alone), and the
// requests/s of the same page with its data inlined: a second server of as many
// app processes on BENCH_PORT + 1 with BENCH_INLINE_DATA=1, where every Prisma
// call answers from memory after its first answer (src/lib/bench-inline-data.ts),
// idle while the first is measured and the other way round. Then the
// peak RSS of each app process. Answers other than 200 are counted by status
// in the req/s cell (scripts/wrk-report.lua) and explained under the table from
// the app's log, which is kept next to the results (.data/bench-http-<time>.app.log).
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
//
// BENCH_MIX=1 measures memory and CPU instead: one wrk run per connection count
// over a mix of the pages (each connection goes round them), reporting CPU ms
// per request of the app processes (utime + stime), their peak RSS during that
// run (VmHWM, reset before it) and their RSS at its end. BENCH_NODE_OPTIONS
// gives the app processes node flags to compare (e.g. a heap size). With
// BENCH_APPLICATIONS=0 any database will do, e.g. the demo data.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { addCalendarDays, shanghaiDate } from '../src/lib/clock/calendar';
import { db } from '../src/lib/db';
// @ts-expect-error: a plain ES module of the measuring scripts, without types
import { signIn } from './demo-sign-in.mjs';

const TARGET = Number(process.env.BENCH_APPLICATIONS ?? 1_000_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '10,50').split(',').map(Number);
const PROCESSES = (process.env.BENCH_PROCESSES ?? '1,2').split(',').map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 3204);
const APP_DIR = path.resolve(process.env.BENCH_APP_DIR ?? '.');
const NEXT_START = process.env.BENCH_NEXT_START === '1';
const DIST_DIR = process.env.BENCH_DIST_DIR ?? '.next';
const ONLY = process.env.BENCH_PAGES?.split(',');
const MIX = process.env.BENCH_MIX === '1';
const base = `http://127.0.0.1:${PORT}`;
const inlinedBase = `http://127.0.0.1:${PORT + 1}`;
// One secret for both servers, so that a session cookie of one is good on the other.
const secret = process.env.NEXTAUTH_SECRET ?? `bench-${randomUUID()}`;
const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
const appLog = path.join('.data', `bench-http-${stamp}.app.log`);

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

function startServer(processes: number, inlined = false) {
  const at = inlined ? inlinedBase : base;
  fs.mkdirSync('.data', { recursive: true });
  fs.appendFileSync(
    appLog,
    `\n=== ${new Date().toISOString()} ${NEXT_START ? 'next start' : `scripts/server.mjs, ${processes} app process(es)${inlined ? ', data inlined' : ''}`}\n`,
  );
  // The app's JSON log lines (requests, errors, the database watch) and whatever it prints on stderr.
  const out = fs.openSync(appLog, 'a');
  const env = {
    ...process.env,
    NEXT_DIST_DIR: DIST_DIR,
    NEXTAUTH_URL: at,
    NEXTAUTH_SECRET: secret,
    PORT: new URL(at).port,
    APP_PROCESSES: String(processes),
    BENCH_FLOOR: '1',
    ...(inlined ? { BENCH_INLINE_DATA: '1' } : {}),
    HOSTNAME_BIND: '127.0.0.1',
    ...(process.env.BENCH_NODE_OPTIONS !== undefined ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
  };
  const child = NEXT_START
    ? spawn(path.join(APP_DIR, 'node_modules/.bin/next'), ['start', '-p', String(PORT), '-H', '127.0.0.1'], {
        cwd: APP_DIR,
        env,
        stdio: ['ignore', out, out],
      })
    : spawn(process.execPath, ['scripts/server.mjs'], { cwd: APP_DIR, env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  return child;
}

async function waitUntilUp(at = base) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${at}/api/auth/csrf`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`the app did not answer within 120 s (its log: ${appLog})`);
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

type Wrk = {
  requests: number;
  duration_us: number;
  bytes: number;
  errors: number;
  connect: number;
  read: number;
  write: number;
  timeout: number;
  non2xx: number;
  statuses: Record<string, number>;
  p50: number;
  p95: number;
  p99: number;
};

/** " (503 × 12, timeout error × 3)": what was not a 200, for the req/s cell; empty when all were. */
function unusual(r: Wrk) {
  const parts = Object.entries(r.statuses)
    .filter(([status]) => status !== '200')
    .map(([status, n]) => `${status} × ${n}`);
  for (const kind of ['connect', 'read', 'write', 'timeout'] as const) if (r[kind] > 0) parts.push(`${kind} error × ${r[kind]}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/**
 * What the app logged from `from` to `to` (byte offsets of its log): the statuses of
 * its request lines other than 200 and its warnings and errors, counted by message.
 */
function explain(from: number, to = fs.statSync(appLog).size) {
  const fd = fs.openSync(appLog, 'r');
  const text = Buffer.alloc(to - from);
  fs.readSync(fd, text, 0, text.length, from);
  fs.closeSync(fd);
  const counts = new Map<string, number>();
  for (const raw of text.toString('utf8').split('\n')) {
    if (!raw.trim()) continue;
    let key: string;
    try {
      const line = JSON.parse(raw) as { level?: string; msg?: string; status?: number };
      if (line.msg === 'request') {
        if (line.status === 200) continue;
        key = `app answered ${line.status}`;
      } else if (line.level === 'warn' || line.level === 'error' || line.level === 'fatal') key = `${line.level}: ${String(line.msg).slice(0, 160)}`;
      else continue;
    } catch {
      key = `stderr: ${raw.slice(0, 160)}`;
    }
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${key} (× ${n})`).join('; ') || 'nothing in the app log';
}

/** CPU time (user + system) of the processes so far, in ms. */
function cpuMs(pids: number[]) {
  let ticks = 0;
  for (const pid of pids) {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / 100; // USER_HZ
}

/** wrk on one url, or with `mix` (a file of "path<TAB>cookie" lines) going round those. */
function wrk(url: string, connections: number, cookie: string | null, mix?: string, at = base): Wrk {
  const args = ['-t2', `-c${connections}`, `-d${DURATION}s`, '--timeout', '10s', '-s', 'scripts/wrk-report.lua'];
  if (cookie) args.push('-H', `Cookie: ${cookie}`);
  const r = spawnSync('wrk', [...args, `${at}${url}`], { encoding: 'utf8', env: mix ? { ...process.env, WRK_MIX: mix } : process.env });
  const line = r.stdout.split('\n').find((l) => l.startsWith('WRK_JSON '));
  if (!line) throw new Error(`wrk ${url}: ${r.stderr || r.stdout}`);
  return JSON.parse(line.slice('WRK_JSON '.length)) as Wrk;
}

async function get(url: string, cookie: string | null, at = base) {
  const res = await fetch(`${at}${url}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
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
  const inlined = NEXT_START || MIX ? null : startServer(processes, true);
  try {
    await waitUntilUp();
    if (inlined) await waitUntilUp(inlinedBase);
    const cookies: Record<string, string> = {};
    for (const who of new Set(pages.map((p) => p.who).filter((w): w is string => !!w))) cookies[who] = await signIn(base, who);
    let perRow = 0;
    let empty = 0;
    if (!NEXT_START) {
      empty = await get('/bench-floor?rows=0', null);
      perRow = ((await get('/bench-floor?rows=200', null)) - empty) / 200;
    }
    if (MIX) {
      await measureMix(server.pid!, pages, cookies, processes);
      continue;
    }
    lines.push(`\n#### ${NEXT_START ? '`next start` (one process)' : `${processes} app process${processes > 1 ? 'es' : ''}`}\n`);
    lines.push(
      '| page | conns | p50 ms | p95 ms | p99 ms | req/s | KB/page | floor p50 | floor p95 | floor req/s | req/s ÷ floor | data inlined req/s | req/s ÷ inlined |',
    );
    lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    console.log(lines.slice(-3).join('\n'));
    const notes: string[] = [];
    for (const page of pages) {
      const cookie = page.who ? cookies[page.who] : null;
      // Warm-up: the first renders compile and fill caches.
      let bytes = 0;
      for (let i = 0; i < 5; i++) bytes = await get(page.url, cookie);
      const floorUrl = NEXT_START ? null : await floorFor(bytes, perRow, empty);
      if (floorUrl) for (let i = 0; i < 3; i++) await get(floorUrl, null);
      if (inlined) for (let i = 0; i < 5; i++) await get(page.url, cookie, inlinedBase);
      for (const c of CONNECTIONS) {
        const logAt = fs.statSync(appLog).size;
        const r = wrk(page.url, c, cookie);
        const floorAt = fs.statSync(appLog).size;
        const f = floorUrl ? wrk(floorUrl, c, null) : null;
        const inlinedAt = fs.statSync(appLog).size;
        const d = inlined ? wrk(page.url, c, cookie, undefined, inlinedBase) : null;
        const rps = r.requests / (r.duration_us / 1e6);
        const frps = f ? f.requests / (f.duration_us / 1e6) : null;
        const drps = d ? d.requests / (d.duration_us / 1e6) : null;
        const line = `| ${page.name} | ${c} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${rps.toFixed(0)}${unusual(r)} | ${(bytes / 1024).toFixed(0)} | ${f ? ms(f.p50) : '—'} | ${f ? ms(f.p95) : '—'} | ${frps ? frps.toFixed(0) : '—'}${f ? unusual(f) : ''} | ${frps ? (rps / frps).toFixed(2) : '—'} | ${drps ? drps.toFixed(0) : '—'}${d ? unusual(d) : ''} | ${drps ? (rps / drps).toFixed(2) : '—'} |`;
        lines.push(line);
        console.log(line);
        if (unusual(r)) notes.push(`- ${page.name} at ${c} connections:${unusual(r)}: ${explain(logAt, floorAt)}`);
        if (f && unusual(f)) notes.push(`- ${page.name}'s floor at ${c} connections:${unusual(f)}: ${explain(floorAt, inlinedAt)}`);
        if (d && unusual(d)) notes.push(`- ${page.name} with its data inlined at ${c} connections:${unusual(d)}: ${explain(inlinedAt)}`);
      }
    }
    if (notes.length) {
      lines.push('', `Answers other than 200 (from the app's log, ${appLog}):`, '', ...notes);
      console.log(lines.slice(-notes.length - 3).join('\n'));
    }
    const workers = descendants(server.pid!).filter((pid) => kb(pid, 'VmHWM') > 50_000);
    const peaks = workers.map((pid) => `${(kb(pid, 'VmHWM') / 1024).toFixed(0)} MB`);
    const line = `\nPeak RSS per app process (VmHWM): ${peaks.join(', ') || `${(kb(server.pid!, 'VmHWM') / 1024).toFixed(0)} MB`} · load average ${loadAverage()} at the end`;
    lines.push(line);
    console.log(line);
  } finally {
    const servers = inlined ? [server, inlined] : [server];
    const exits = servers.map((child) => new Promise((r) => child.once('exit', r)));
    for (const child of servers) child.kill('SIGTERM');
    await Promise.all(exits);
    await sleep(1000);
  }
}
async function measureMix(serverPid: number, mixPages: Page[], cookies: Record<string, string>, processes: number) {
  for (const page of mixPages) for (let i = 0; i < 3; i++) await get(page.url, page.who ? cookies[page.who]! : null);
  const mixFile = path.join('.data', `bench-http-${stamp}.mix`);
  fs.writeFileSync(mixFile, mixPages.map((p) => `${p.url}\t${p.who ? cookies[p.who] : ''}\n`).join(''));
  lines.push(
    `\n#### mix of ${mixPages.length} pages, ${processes} app process${processes > 1 ? 'es' : ''}, node flags: ${process.env.BENCH_NODE_OPTIONS || 'none'}\n`,
  );
  lines.push('| conns | p50 ms | p95 ms | p99 ms | req/s | CPU ms/req | peak RSS MB | RSS at end MB |');
  lines.push('|---|---|---|---|---|---|---|---|');
  console.log(lines.slice(-3).join('\n'));
  const workers = descendants(serverPid).filter((pid) => kb(pid, 'VmRSS') > 50_000);
  const notes: string[] = [];
  for (const c of CONNECTIONS) {
    // "5" resets the peak resident set (VmHWM) to the current one: the peak of this run alone.
    for (const pid of workers) fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    const logAt = fs.statSync(appLog).size;
    const cpuBefore = cpuMs(workers);
    const r = wrk('/', c, null, mixFile);
    const cpu = cpuMs(workers) - cpuBefore;
    const mb = (field: 'VmHWM' | 'VmRSS') => workers.map((pid) => (kb(pid, field) / 1024).toFixed(0)).join(', ');
    const line = `| ${c} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${(r.requests / (r.duration_us / 1e6)).toFixed(0)}${unusual(r)} | ${(cpu / r.requests).toFixed(1)} | ${mb('VmHWM')} | ${mb('VmRSS')} |`;
    lines.push(line);
    console.log(line);
    if (unusual(r)) notes.push(`- ${c} connections:${unusual(r)}: ${explain(logAt)}`);
  }
  if (notes.length) lines.push('', `Answers other than 200 (from the app's log, ${appLog}):`, '', ...notes);
  lines.push(`\npages: ${mixPages.map((p) => p.name).join(', ')} · load average ${loadAverage()} at the end`);
  console.log(lines.slice(-1 - (notes.length ? notes.length + 3 : 0)).join('\n'));
}

const out = path.join('.data', `bench-http-${stamp}.md`);
fs.mkdirSync('.data', { recursive: true });
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`\nwritten to ${out}, the app's log to ${appLog}`);
await db.$disconnect();
