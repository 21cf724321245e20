#!/usr/bin/env node
// CPU per request of the app process, SQL statements per request and bytes, for
// the inbox pages (issue #15's method: CPU, not latency, which a loaded machine
// distorts). Run against one app process (`next start`, or scripts/server.mjs
// with APP_PROCESSES=1 PAGE_CACHE=0) on the demo data:
//   APP_PID=<pid of the process that renders> DATABASE_URL=... BASE=http://localhost:3000 \
//     node scripts/page-cpu.mjs [runs=20] [page names...]
// STATEMENTS=0 leaves out the count of SQL statements (it waits 11 s before and after each page).
// The statements come from PostgreSQL's own count of committed transactions of
// the database (pg_stat_database.xact_commit): outside a transaction every
// statement is one, so nothing in the app needs counting. Nothing else may use
// the database meanwhile (no worker).
import fs from 'node:fs';
import os from 'node:os';
import pg from 'pg';

const base = process.env.BASE ?? `http://localhost:${process.env.PORT ?? 3000}`;
const pid = Number(process.env.APP_PID);
if (!pid) throw new Error('APP_PID is not set');
const [runsArg, ...only] = process.argv.slice(2);
const runs = Number(runsArg ?? 20) || 20;
const tick = 1000 / 100; // ms per clock tick (USER_HZ is 100 on Linux)

function cookiesOf(res) {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function signIn(login) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(csrf) },
    body: new URLSearchParams({ csrfToken, login, password: 'Demo@2026', json: 'true' }),
  });
  const cookie = cookiesOf(res)
    .split('; ')
    .filter((c) => c.includes('session-token'))
    .join('; ');
  if (!cookie) throw new Error(`sign-in of ${login} failed (${res.status})`);
  return cookie;
}

function cpuMs() {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after "pid (comm) ".
  return (Number(fields[11]) + Number(fields[12])) * tick;
}

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
async function commits() {
  // A backend hands its statistics to the shared counters within 10 s of going idle.
  await new Promise((r) => setTimeout(r, 11_000));
  const { rows } = await client.query('SELECT xact_commit::int AS n FROM pg_stat_database WHERE datname = current_database()');
  return rows[0].n;
}

const pages = [
  ['/me', '/me', 'zhangsan'],
  ['/desk', '/desk', 'clerk'],
  ['/review', '/review', 'reviewer.scj'],
  ['/review mine', '/review?view=MINE', 'reviewer.scj'],
  ['/review done', '/review?view=DONE', 'reviewer.scj'],
].filter(([name]) => only.length === 0 || only.includes(name));

const jars = new Map();
async function fetchPage(url, who) {
  if (who && !jars.has(who)) jars.set(who, await signIn(who));
  const res = await fetch(`${base}${url}`, { headers: who ? { cookie: jars.get(who) } : {}, redirect: 'manual' });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}${url.startsWith('/bench-floor') ? ' (start the app with BENCH_FLOOR=1)' : ''}`);
  return body.length;
}

/** CPU ms and SQL statements per request of `runs` sequential requests, after a warm-up; and the bytes. */
async function measure(url, who, { count = process.env.STATEMENTS !== '0' } = {}) {
  for (let i = 0; i < 5; i++) await fetchPage(url, who);
  const before = count ? await commits() : 0;
  const cpu0 = cpuMs();
  let bytes = 0;
  for (let i = 0; i < runs; i++) bytes = await fetchPage(url, who);
  const cpu = (cpuMs() - cpu0) / runs;
  // Less the one commit of the reading itself.
  const statements = count ? ((await commits()) - before - 1) / runs : 0;
  return { cpu, statements, bytes };
}

// The render floor (docs/performance.md): /bench-floor, the same layout with a table of inlined rows, of the page's bytes.
const empty = await fetchPage('/bench-floor?rows=0', null);
const perRow = ((await fetchPage('/bench-floor?rows=200', null)) - empty) / 200;

console.log(`${runs} sequential requests a page after 5 to warm up; load average ${os.loadavg()[0].toFixed(1)} at the start`);
console.log('| page | KB | CPU ms / request | SQL statements / request | floor CPU ms | ratio |');
console.log('|---|---|---|---|---|---|');
for (const [name, url, who] of pages) {
  const page = await measure(url, who);
  const floor = await measure(`/bench-floor?rows=${Math.max(0, Math.round((page.bytes - empty) / perRow))}`, null, { count: false });
  console.log(
    `| ${name} | ${(page.bytes / 1024).toFixed(1)} | ${page.cpu.toFixed(1)} | ${page.statements.toFixed(1)} | ${floor.cpu.toFixed(1)} | ${(page.cpu / floor.cpu).toFixed(2)} |`,
  );
}
await client.end();
