#!/usr/bin/env node
// Every listing page of every role (scripts/key-pages.mjs), once over (not a
// test): what each costs at the data the database holds, to find the page that
// grew with the data. Starts the built app (scripts/bench-app.mjs: one app
// process, no page cache), signs in each demo role, fetches each page twice to
// warm up, then REQUESTS times in a row, and prints the page's status and
// weight, the wall time per request and the CPU of the app process and of
// PostgreSQL per request (10 ms ticks).
//
//   node scripts/with-db.mjs node scripts/bench-page-sweep.mjs   (after `npx next build`; demo data)
//   TEST_PG_PORT=54414 node scripts/with-db.mjs --test node scripts/bench-page-sweep.mjs   (the 1,000,000 applications of `npm run bench:http`)
//   PORT (3000), NEXT_DIST_DIR (.next), REQUESTS (5)
import { cpuMsOf, postgresCpuMs, startBenchApp } from './bench-app.mjs';
import { signIn } from './demo-sign-in.mjs';
import { LIST_PAGES } from './key-pages.mjs';

const PORT = Number(process.env.PORT ?? 3000);
const REQUESTS = Number(process.env.REQUESTS ?? 5);
const { base, appPid, stop } = await startBenchApp({ port: PORT });
try {
  console.log('| who | page | status | KB | wall ms | app CPU ms | PostgreSQL CPU ms |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [who, urls] of Object.entries(LIST_PAGES)) {
    const cookie = who === 'visitor' ? null : await signIn(base, who);
    for (const url of urls) {
      const get = async () => {
        const res = await fetch(`${base}${url}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
        return { status: res.status, bytes: (await res.arrayBuffer()).byteLength };
      };
      await get();
      await get();
      const [app0, pg0, t0] = [cpuMsOf(appPid), postgresCpuMs(), performance.now()];
      let last;
      for (let i = 0; i < REQUESTS; i++) last = await get();
      const per = (x) => (x / REQUESTS).toFixed(0);
      console.log(
        `| ${who} | ${url} | ${last.status} | ${(last.bytes / 1024).toFixed(0)} | ${per(performance.now() - t0)} | ${per(cpuMsOf(appPid) - app0)} | ${per(postgresCpuMs() - pg0)} |`,
      );
    }
  }
} finally {
  stop();
}
