// The built app as the page benchmarks start it (bench-page-cost.mjs,
// bench-page-view.mjs, bench-page-sweep.mjs): scripts/server.mjs with one app process, no page
// cache and no database watch, on DATABASE_URL and NEXT_DIST_DIR, stopped
// when the benchmark leaves.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts the app on `port` and waits until it answers; `stdout: 'pipe'` gives its request log as `server.stdout`. */
export async function startBenchApp({ port, env = {}, stdout = 'ignore' }) {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['scripts/server.mjs'], {
    env: {
      ...process.env,
      PORT: String(port),
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? `bench-${randomUUID()}`,
      APP_PROCESSES: '1',
      PAGE_CACHE: '0',
      DB_WATCH_MS: '3600000',
      ...env,
    },
    stdio: ['ignore', stdout, 'inherit'],
  });
  const stop = () => server.kill('SIGTERM');
  process.on('exit', stop);
  for (let i = 0; ; i++) {
    const status = await fetch(`${base}/api/auth/csrf`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    if (i > 240) {
      stop();
      throw new Error(`the app did not answer within 120 s (last status ${status})`);
    }
    await sleep(500);
  }
  // The one app process server.mjs forked: the process that renders.
  const appPid = Number(fs.readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8').trim().split(/\s+/)[0]);
  return { base, server, appPid, stop };
}

/** CPU a process has used so far (utime + stime of /proc/<pid>/stat, in clock ticks of 1/100 s), in ms. */
export function cpuMsOf(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** CPU of every `postgres` process on this machine so far (the embedded server's; none for a remote one), in ms. */
export function postgresCpuMs() {
  let ms = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') ms += cpuMsOf(pid);
    } catch {
      // the process ended meanwhile
    }
  }
  return ms;
}
