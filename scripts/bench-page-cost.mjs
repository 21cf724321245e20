#!/usr/bin/env node
// What one request of a signed-in page costs (not a test): CPU of the app
// process, CPU of PostgreSQL when it runs on this machine, and database
// statements per request, for the inbox pages (/me, /desk, /review), the
// board, the task page, the supervisor's and the applicant's case page, each beside the render
// floor of the same weight (/bench-floor) and beside the same page with its
// data inlined: a second app process with BENCH_INLINE_DATA=1, where every
// Prisma call answers from memory after its first answer
// (src/lib/bench-inline-data.ts), so that "data ms" is what the page's data
// access costs (the app's CPU and PostgreSQL's over the inlined page's). Starts
// the built app (scripts/server.mjs, one app process, no page cache, no
// database watch) on DATABASE_URL, twice, signs in, warms up, then reads
// utime+stime of the app process
// and of every `postgres` process (/proc/<pid>/stat) and the database's
// committed transactions (pg_stat_database.xact_commit: outside a transaction
// every statement is one) around REQUESTS sequential requests.
//
//   node scripts/with-db.mjs node scripts/bench-page-cost.mjs [page names…]   (after `npx next build` and `npm run db:seed`)
//   PORT (3000), NEXT_DIST_DIR (.next), REQUESTS (20); e.g. `… bench-page-cost.mjs /me '/review done'` measures only those
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { cpuMsOf, postgresCpuMs, startBenchApp } from './bench-app.mjs';
import { signIn } from './demo-sign-in.mjs';

const PORT = Number(process.env.PORT ?? 3000);
const REQUESTS = Number(process.env.REQUESTS ?? 20);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
await db.connect();
const one = async (sql, params = []) => (await db.query(sql, params)).rows[0];

const task = await one(
  `SELECT t.id FROM "DepartmentTask" t JOIN "User" u ON u."departmentId" = t."departmentId"
   WHERE u.username = 'reviewer.scj' AND t.status = 'OPEN' ORDER BY t."openedAt" DESC LIMIT 1`,
);
const openCase = await one(`SELECT id FROM "Application" WHERE status IN ('IN_REVIEW', 'ACCEPTED') ORDER BY "acceptedAt" DESC LIMIT 1`);
const myCase = await one(
  `SELECT a.id FROM "Application" a JOIN "User" u ON u.id = a."applicantId"
   WHERE u.username = 'zhangsan' AND a.status IN ('IN_REVIEW', 'ACCEPTED') ORDER BY a."acceptedAt" DESC LIMIT 1`,
);
const only = process.argv.slice(2);
const pages = [
  { name: '/me', url: '/me', who: 'zhangsan' },
  { name: '/desk', url: '/desk', who: 'clerk' },
  { name: '/review', url: '/review', who: 'reviewer.scj' },
  { name: '/review mine', url: '/review?view=MINE', who: 'reviewer.scj' },
  { name: '/review done', url: '/review?view=DONE', who: 'reviewer.scj' },
  { name: 'board', url: '/oversee', who: 'supervisor' },
  { name: 'task page', url: `/review/tasks/${task.id}`, who: 'reviewer.scj' },
  { name: 'case page (supervisor)', url: `/oversee/applications/${openCase.id}`, who: 'supervisor' },
  { name: 'case page (applicant)', url: `/me/applications/${myCase.id}`, who: 'zhangsan' },
].filter((page) => only.length === 0 || only.includes(page.name));

// One secret for both, so that a session cookie of one is good on the other.
const secret = { NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? `bench-${randomUUID()}` };
const { base, appPid: app, stop } = await startBenchApp({ port: PORT, env: { ...secret, BENCH_FLOOR: '1' } });
const inlined = await startBenchApp({ port: PORT + 1, env: { ...secret, BENCH_INLINE_DATA: '1' } });

try {
  // Statistics reach pg_stat_database when a backend is idle for a while (at most ~10 s later).
  const statements = async () => {
    await sleep(11_000);
    await db.query('SELECT pg_stat_clear_snapshot()');
    return Number((await one('SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()')).xact_commit);
  };

  const get = async (url, cookie, at = base) => {
    const res = await fetch(`${at}${url}`, { headers: { 'accept-encoding': 'gzip', ...(cookie ? { cookie } : {}) }, redirect: 'manual' });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
    return body.length;
  };
  const measure = async (url, cookie, at = { base, appPid: app }) => {
    for (let i = 0; i < 5; i++) await get(url, cookie, at.base);
    const s0 = await statements();
    const c0 = cpuMsOf(at.appPid);
    const p0 = postgresCpuMs();
    const t0 = performance.now();
    for (let i = 0; i < REQUESTS; i++) await get(url, cookie, at.base);
    const wall = (performance.now() - t0) / REQUESTS;
    const cpu = (cpuMsOf(at.appPid) - c0) / REQUESTS;
    const postgres = (postgresCpuMs() - p0) / REQUESTS;
    // Two of the measurement's own (the snapshot and the count) fall between the readings.
    const queries = ((await statements()) - s0 - 2) / REQUESTS;
    return { cpu, postgres, wall, queries };
  };

  const empty = await get('/bench-floor?rows=0');
  const perRow = ((await get('/bench-floor?rows=200')) - empty) / 200;
  console.log(
    `${new Date().toISOString()} · ${REQUESTS} requests each · load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    '| page | KB | app CPU ms | PostgreSQL CPU ms | wall ms | statements | data inlined: CPU ms (statements) | data ms | floor CPU ms | ratio to floor | ratio to inlined |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const page of pages) {
    const cookie = await signIn(base, page.who);
    const bytes = await get(page.url, cookie);
    const r = await measure(page.url, cookie);
    const i = await measure(page.url, cookie, inlined);
    const f = await measure(`/bench-floor?rows=${Math.max(0, Math.round((bytes - empty) / perRow))}`, null);
    const total = r.cpu + r.postgres;
    const inlinedTotal = i.cpu + i.postgres;
    console.log(
      `| ${page.name} | ${(bytes / 1024).toFixed(0)} | ${r.cpu.toFixed(1)} | ${r.postgres.toFixed(1)} | ${r.wall.toFixed(0)} | ${r.queries.toFixed(1)} | ${inlinedTotal.toFixed(1)} (${i.queries.toFixed(1)}) | ${(total - inlinedTotal).toFixed(1)} | ${f.cpu.toFixed(1)} | ${(r.cpu / f.cpu).toFixed(1)} | ${(total / inlinedTotal).toFixed(2)} |`,
    );
  }
} finally {
  stop();
  inlined.stop();
  await db.end();
}
