#!/usr/bin/env node
// What a person's view of a page costs the server (not a test): the page opened
// in Chromium as a person opens it, against its document fetched alone. A view
// also brings what the page asks for after it loads (links prefetched, icons,
// the scripts not yet in the browser's cache). Starts the built app
// (scripts/server.mjs, one app process, no page cache, no database watch) on
// DATABASE_URL, signs in, opens each page once to fill the browser's cache,
// then reads the app process's utime+stime (/proc/<pid>/stat) around VIEWS
// views (each until the network is quiet, then 1.5 s more) and around as many
// fetches of the document (each followed by 2 s), and counts the requests
// that reached the server from its request log.
//
//   node scripts/with-db.mjs node scripts/bench-page-view.mjs [page names…]   (after `npx next build` and `npm run db:seed`)
//   PORT (3000), NEXT_DIST_DIR (.next), VIEWS (5), CHROMIUM_PATH (/usr/bin/chromium)
import os from 'node:os';
import readline from 'node:readline';
import { chromium } from '@playwright/test';
import pg from 'pg';
import { cpuMsOf, startBenchApp } from './bench-app.mjs';
import { signIn } from './demo-sign-in.mjs';

const PORT = Number(process.env.PORT ?? 3000);
const VIEWS = Number(process.env.VIEWS ?? 5);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
await db.connect();
const task = (
  await db.query(
    `SELECT t.id FROM "DepartmentTask" t JOIN "User" u ON u."departmentId" = t."departmentId"
     WHERE u.username = 'reviewer.scj' AND t.status = 'OPEN' ORDER BY t."openedAt" DESC LIMIT 1`,
  )
).rows[0];
await db.end();
const only = process.argv.slice(2);
const pages = [
  { name: '/services', url: '/services', who: null },
  { name: '/me', url: '/me', who: 'zhangsan' },
  { name: '/desk', url: '/desk', who: 'clerk' },
  { name: '/review', url: '/review', who: 'reviewer.scj' },
  ...(task ? [{ name: 'task page', url: `/review/tasks/${task.id}`, who: 'reviewer.scj' }] : []),
  { name: '/oversee', url: '/oversee', who: 'supervisor' },
].filter((page) => only.length === 0 || only.includes(page.name));

const { base, server, appPid, stop } = await startBenchApp({ port: PORT, stdout: 'pipe' });
// The request log (one JSON line per answer): what reached the server, by kind.
let served = [];
readline.createInterface({ input: server.stdout }).on('line', (line) => {
  if (!line.includes('"msg":"request"')) return;
  try {
    served.push(JSON.parse(line).path);
  } catch {
    // not a log line of ours
  }
});
const kindOf = (path) => (path.startsWith('/_next/static/') ? 'static' : path.startsWith('/api/') ? 'api' : /\.(svg|png|ico)$/.test(path) ? 'icon' : 'page');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
try {
  const cpuMs = () => cpuMsOf(appPid);

  console.log(
    `${new Date().toISOString()} · ${VIEWS} views each · load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log('| page | app CPU ms per view | document alone ms | requests per view (pages, icons, static) |');
  console.log('|---|---|---|---|');
  for (const page of pages) {
    const cookie = page.who ? await signIn(base, page.who) : null;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    if (cookie) {
      await context.addCookies(
        cookie.split('; ').map((pair) => {
          const at = pair.indexOf('=');
          return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
        }),
      );
    }
    const tab = await context.newPage();
    const view = async () => {
      await tab.goto(base + page.url, { waitUntil: 'networkidle' });
      await sleep(1500);
    };
    await view();
    await view();
    served = [];
    let c0 = cpuMs();
    for (let i = 0; i < VIEWS; i++) await view();
    const perView = (cpuMs() - c0) / VIEWS;
    const counts = { page: 0, icon: 0, static: 0, api: 0 };
    for (const path of served) counts[kindOf(path)]++;
    const each = (n) => (n / VIEWS).toFixed(1).replace(/\.0$/, '');
    c0 = cpuMs();
    for (let i = 0; i < VIEWS; i++) {
      const res = await fetch(base + page.url, { headers: { 'accept-encoding': 'gzip', ...(cookie ? { cookie } : {}) }, redirect: 'manual' });
      await res.text();
      if (res.status !== 200) throw new Error(`${page.url}: HTTP ${res.status}`);
      await sleep(2000); // as long as a view's wait, so both take in what the process does after an answer (its garbage collection)
    }
    const documentAlone = (cpuMs() - c0) / VIEWS;
    console.log(
      `| ${page.name} | ${perView.toFixed(0)} | ${documentAlone.toFixed(0)} | ${each(counts.page + counts.icon + counts.static + counts.api)} (${each(counts.page)}, ${each(counts.icon)}, ${each(counts.static)}) |`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  stop();
}
