#!/usr/bin/env node
// Page weights: the HTML bytes of the key pages of every role, as a browser
// receives them without gzip, split into the markup and the React flight
// payload (the `self.__next_f.push` scripts that repeat the page for hydration).
// Run against a running portal with the demo data (`npm start`, or
// `node scripts/server.mjs` with APP_PROCESSES=1 PAGE_CACHE=0):
//   BASE=http://localhost:3000 node scripts/page-weights.mjs [--detail]
// Targets (issue #15, scripts/key-pages.mjs): no page over 60 KB, home, /track
// and /login at most 30 KB; `--strict` exits 1 when a page is over. Not a timed
// test: the numbers go into docs/performance.md. `npm test` checks the targets
// with scripts/test-weight.mjs.
import { signIn } from './demo-sign-in.mjs';
import { budgetKb, keyPages } from './key-pages.mjs';

const base = process.env.BASE ?? `http://localhost:${process.env.PORT ?? 3000}`;
const detail = process.argv.includes('--detail');

const jars = new Map();
async function get(url, who) {
  if (who !== 'visitor' && !jars.has(who)) jars.set(who, await signIn(base, who));
  const res = await fetch(`${base}${url}`, { headers: who !== 'visitor' ? { cookie: jars.get(who) } : {}, redirect: 'manual' });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
}

/** The flight payload's share of a page: the inline scripts that push it. */
function split(html) {
  let flight = 0;
  for (const m of html.matchAll(/<script[^>]*>self\.__next_f\.push\([\s\S]*?<\/script>/g)) flight += Buffer.byteLength(m[0]);
  return flight;
}

const pages = await keyPages(async (url, who) => (await get(url, who)).body.toString());

console.log(`| page | KB | of it flight KB | target KB |`);
console.log(`|---|---|---|---|`);
let over = 0;
for (const { name, url, who } of pages) {
  if (!url) {
    console.log(`| ${name} | (no link found) | | |`);
    continue;
  }
  const { status, body } = await get(url, who);
  const html = body.toString();
  const kb = body.length / 1024;
  const target = budgetKb(url);
  if (kb > target) over++;
  console.log(`| ${name} | ${kb.toFixed(1)}${status === 200 ? '' : ` (HTTP ${status})`} | ${(split(html) / 1024).toFixed(1)} | ${target} |`);
  if (detail) {
    const classes = new Map();
    for (const m of html.matchAll(/class(?:Name)?\\?"?[=:]\\?"([^"\\]{30,})/g)) classes.set(m[1], (classes.get(m[1]) ?? 0) + 1);
    const top = [...classes.entries()].sort((a, b) => b[0].length * b[1] - a[0].length * a[1]).slice(0, 5);
    for (const [c, n] of top) console.log(`|   ${n}× ${((c.length * n) / 1024).toFixed(1)} KB | \`${c.slice(0, 90)}\` | | |`);
  }
}
process.exit(over > 0 && process.argv.includes('--strict') ? 1 : 0);
