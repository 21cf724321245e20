#!/usr/bin/env node
// The page weight check of `npm test` (issue #15): every page of
// scripts/key-pages.mjs must answer 200 with HTML, as a browser receives it
// without gzip, within its budget: 30 KB for home, /login and /track, 60 KB for
// any other. Weighed on the built app (scripts/bench-app.mjs: one app process,
// no page cache) at 20,000 applications, so that every list is full and a page
// that grows with the data shows it. Exits 1 naming the pages that failed.
//
//   npm run test:weight
//   (= TEST_DATABASE_URL= TEST_PG_PORT=${WEIGHT_PG_PORT:-54347} node scripts/with-db.mjs --test node scripts/test-weight.mjs)
//
// When the database holds fewer than WEIGHT_APPLICATIONS (20,000) generated
// applications, the loader of scripts/bench-supervision.ts empties it and loads
// the demo data and the applications (about 45 s): hence a database of its own.
// NEXT_DIST_DIR (.next-test, built when its sources changed), WEIGHT_PORT (3240).
// The app runs on the Node.js that runs this script, through npm the pinned one:
// on Node 20 the same page weighs ~1 KB less (its flight payload comes in fewer
// `self.__next_f.push` scripts), so weigh through npm.
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { startBenchApp } from './bench-app.mjs';
import { signIn } from './demo-sign-in.mjs';
import { budgetKb, keyPages, LIST_PAGES } from './key-pages.mjs';
import { buildIfNeeded } from './lib.mjs';
import { root } from './with-db.mjs';

const APPLICATIONS = Number(process.env.WEIGHT_APPLICATIONS ?? 20_000);
const PORT = Number(process.env.WEIGHT_PORT ?? 3240);
const distDir = process.env.NEXT_DIST_DIR ?? '.next-test';

async function generatedApplications() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Application" WHERE id LIKE 'bench-a-%'`);
    return rows[0].n;
  } finally {
    await client.end();
  }
}

/** Loads the applications as `npm run bench:http` does; the loader's timings are noise here unless it fails. */
function load() {
  console.log(`[weight] loading ${APPLICATIONS.toLocaleString('en')} applications with the loader of bench-supervision (about 45 s)`);
  const r = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/bench-supervision.ts'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, BENCH_APPLICATIONS: String(APPLICATIONS), BENCH_RUNS: '1', BENCH_SERVER: '0' },
  });
  if (r.status === 0) return;
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  console.error(`[weight] loading failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`})`);
  process.exit(1);
}

if ((await buildIfNeeded(process.env, distDir)) !== 0) process.exit(1);
if ((await generatedApplications()) < APPLICATIONS) load();

const { base, server, stop } = await startBenchApp({ port: PORT, env: { NEXT_DIST_DIR: distDir } });
const failures = [];
try {
  const jars = new Map();
  const get = async (url, who) => {
    if (who !== 'visitor' && !jars.has(who)) jars.set(who, await signIn(base, who));
    const res = await fetch(`${base}${url}`, { headers: who === 'visitor' ? {} : { cookie: jars.get(who) }, redirect: 'manual' });
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
  };

  // The listing pages, and after each role's the detail and statistics pages of the key pages.
  const pages = structuredClone(LIST_PAGES);
  const rows = [];
  for (const { name, url, who } of await keyPages(async (url, who) => (await get(url, who)).body.toString())) {
    if (!url) {
      rows.push(`| ${name} | ${who} | | | no link found |`);
      failures.push(`${name} (no link found on its list)`);
    } else if (!pages[who].includes(url)) pages[who].push(url);
  }

  for (const [who, urls] of Object.entries(pages)) {
    for (const url of urls) {
      // The first request of a route loads its code; the second is what a person gets.
      await get(url, who);
      const { status, body } = await get(url, who);
      const budget = budgetKb(url);
      const over = body.length - budget * 1024;
      const result = status !== 200 ? `HTTP ${status}` : over > 0 ? 'OVER' : 'ok';
      rows.push(`| ${url} | ${who} | ${(body.length / 1024).toFixed(1)} | ${budget} | ${result} |`);
      if (status !== 200) failures.push(`${url} (${who}) answered HTTP ${status}`);
      else if (over > 0) failures.push(`${url} (${who}) is ${over.toLocaleString('en')} bytes over ${budget} KB`);
    }
  }
  console.log('| page | role | KB | budget KB | result |\n|---|---|---|---|---|');
  for (const row of rows) console.log(row);
} finally {
  stop();
  // The app's database sessions end before with-db stops PostgreSQL.
  if (server.exitCode === null && server.signalCode === null) await new Promise((resolve) => server.once('exit', resolve));
}

if (failures.length > 0) {
  console.error(`\n[weight] FAILED: ${failures.join('; ')}.`);
  console.error(
    '[weight] Where the bytes go: `BASE=<the app> node scripts/page-weights.mjs --detail`; what trimmed pages before: docs/performance.md ("Page weight").',
  );
  process.exit(1);
}
console.log(`\n[weight] every page answers 200 within its budget`);
process.exit(0);
