#!/usr/bin/env node
// The production web server: one Next.js request handler per core, all on one
// port (node:cluster shares the listening socket), each with its cache of
// public pages (scripts/public-page-cache.mjs). One `next start` process uses
// one core only.
//
// It also gives the app the client's address. Next hands route handlers and
// server actions no socket, and keeps a client-sent X-Forwarded-For: here the
// socket's peer address is written into x-portal-peer-address on every request
// (whatever a client sent under that name is replaced), and
// PORTAL_PEER_HEADER=1 tells the app it may believe it
// (src/lib/limits/client-address.ts).
//
//   node scripts/server.mjs [port]     PORT (3000), APP_PROCESSES (cores), NEXT_DIST_DIR (.next)
//   PAGE_CACHE=0                       no cache of public pages (the benchmark's "render" runs)
import cluster from 'node:cluster';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const PEER_HEADER = 'x-portal-peer-address';
process.env.PORTAL_PEER_HEADER = '1';
const hostname = process.env.HOSTNAME_BIND ?? '0.0.0.0';
const processes = Math.max(1, Number(process.env.APP_PROCESSES) || os.availableParallelism());

if (cluster.isPrimary) {
  let stopping = false;
  const fork = () => cluster.fork();
  for (let i = 0; i < processes; i++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`[server] app process ${worker.process.pid} ended (${signal ?? code}); starting another`);
    setTimeout(fork, 1000);
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    const check = setInterval(() => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    }, 100);
    setTimeout(() => process.exit(0), 10_000).unref();
    check.unref?.();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`[server] ${processes} app process(es) on port ${port}`);
} else {
  const { default: next } = await import('next');
  const { createPublicPageCache } = await import('./public-page-cache.mjs');
  const app = next({ dev: false, dir: root, port, hostname: 'localhost' });
  await app.prepare();
  const handle = app.getRequestHandler();
  const { createDatabaseWatch } = await import('./database-watch.mjs');
  const cache = process.env.PAGE_CACHE === '0' || !process.env.DATABASE_URL ? null : createPublicPageCache({ connectionString: process.env.DATABASE_URL });
  await cache?.start();
  const watch = process.env.DATABASE_URL ? createDatabaseWatch({ connectionString: process.env.DATABASE_URL }) : null;
  await watch?.start();
  const server = http.createServer((req, res) => {
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? '';
    if (watch?.answer(req, res)) return;
    const render = () =>
      handle(req, res).catch((error) => {
        console.error('[server] request failed', error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    return cache ? cache.handle(req, res, render) : render();
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname);
  // Finish the requests in flight, then leave.
  process.on('SIGTERM', () => {
    server.close(async () => {
      await cache?.stop();
      await watch?.stop();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 8000).unref();
  });
  process.on('SIGINT', () => {});
}
