#!/usr/bin/env node
// The bundle pages (一件事) against the page budget of docs/performance.md
// (p95 <= 50 ms at 10 concurrent users), beside the single item's pages for
// comparison. Runs wrk (scripts/wrk-report.lua) against an app that is already
// running with the demo data (`PORT=… npm start`), signed in as zhangsan where
// a page needs it. Not a test: prints a markdown table.
//
//   BENCH_URL=http://127.0.0.1:3201 node scripts/bench-bundle-pages.mjs
//   BENCH_DURATION=10 (s per page) BENCH_CONNECTIONS=10 BENCH_BUNDLE=YJS-KBCYD BENCH_ITEM=000131024000
import { spawnSync } from 'node:child_process';
import { signIn } from './demo-sign-in.mjs';

const base = process.env.BENCH_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const bundle = process.env.BENCH_BUNDLE ?? 'YJS-KBCYD';
const item = process.env.BENCH_ITEM ?? '000131024000';

function wrk(url, cookie) {
  const args = [`-t${Math.min(2, connections)}`, `-c${connections}`, `-d${duration}s`, '--timeout', '10s', '-s', 'scripts/wrk-report.lua'];
  if (cookie) args.push('-H', `Cookie: ${cookie}`);
  const r = spawnSync('wrk', [...args, `${base}${url}`], { encoding: 'utf8' });
  const line = r.stdout.split('\n').find((l) => l.startsWith('WRK_JSON '));
  if (!line) throw new Error(`wrk ${url}: ${r.stderr || r.stdout}`);
  return JSON.parse(line.slice('WRK_JSON '.length));
}

async function check(url, cookie) {
  const res = await fetch(`${base}${url}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
  return body.length;
}

const zhangsan = await signIn(base, 'zhangsan');
const pages = [
  ['bundle guide (anonymous, page cache)', `/services/bundles/${bundle}`, null],
  ['bundle guide with situations (anonymous)', `/services/bundles/${bundle}?s=${encodeURIComponent('设置户外招牌')}`, null],
  ['bundle guide (signed in, rendered)', `/services/bundles/${bundle}`, zhangsan],
  ['bundle application form (signed in)', `/me/bundles/apply/${bundle}`, zhangsan],
  ['item guide (signed in, rendered)', `/services/${item}`, zhangsan],
  ['item application form (signed in)', `/me/apply/${item}`, zhangsan],
];
const ms = (us) => (us / 1000).toFixed(1);
console.log(
  `${base}, ${connections} connections, ${duration} s per page, load average ${(await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}\n`,
);
console.log('| page | p50 ms | p95 ms | p99 ms | req/s | KB | errors |');
console.log('|---|---|---|---|---|---|---|');
for (const [name, url, cookie] of pages) {
  const bytes = await check(url, cookie);
  // One request first, so a cached page is in the cache before the window.
  const r = wrk(url, cookie);
  console.log(
    `| ${name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${Math.round(r.requests / (r.duration_us / 1e6))} | ${Math.round(bytes / 1024)} | ${r.errors + r.non2xx} |`,
  );
}
