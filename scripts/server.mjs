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
// Logs are JSON lines with the request's id, metrics are served to operators
// on METRICS_PORT, and a stop (SIGTERM) finishes the requests in flight
// (scripts/observability.mjs, docs/deployment.md).
//
//   node scripts/server.mjs [port]     PORT (3000), APP_PROCESSES (cores), NEXT_DIST_DIR (.next)
//   PAGE_CACHE=0                       no cache of public pages (the benchmark's "render" runs)
//   METRICS_PORT, METRICS_HOST         Prometheus metrics of all app processes (unset: none)
//   SHUTDOWN_GRACE_MS (25000)          how long a stop waits for requests in flight
//   APP_OLD_SPACE_MB (320), APP_SEMI_SPACE_MB (0)   each app process's V8 heap (scripts/heap-flags.mjs)
//   APP_RENDERS (4)                    requests one app process renders at once (scripts/render-queue.mjs)
//   APP_RENDER_QUEUE (100)             requests that may wait for a render; one more is answered 503 (0: no bound)
import cluster from 'node:cluster';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { heapFlags } from './heap-flags.mjs';
import { createLogger, createRequestMetrics, requestContext, requestIdOf, routeConsole, startMetricsServer } from './observability.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const PEER_HEADER = 'x-portal-peer-address';
process.env.PORTAL_PEER_HEADER = '1';
const hostname = process.env.HOSTNAME_BIND ?? '0.0.0.0';
const processes = Math.max(1, Number(process.env.APP_PROCESSES) || os.availableParallelism());
const graceMs = Number(process.env.SHUTDOWN_GRACE_MS) || 25_000;
const logger = createLogger(cluster.isPrimary ? 'server' : 'app');
routeConsole(logger);

if (cluster.isPrimary) {
  let stopping = false;
  cluster.setupPrimary({ execArgv: [...process.execArgv, ...heapFlags()] });
  const fork = () => cluster.fork();
  for (let i = 0; i < processes; i++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`[server] app process ${worker.process.pid} ended (${signal ?? code}); starting another`);
    setTimeout(fork, 1000);
  });
  const metrics = process.env.METRICS_PORT
    ? await startMetricsServer({
        port: Number(process.env.METRICS_PORT),
        host: process.env.METRICS_HOST || '127.0.0.1',
        connectionString: process.env.DATABASE_URL,
        logger,
      })
    : null;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Each app process finishes its requests in flight (below); the primary waits for them all.
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    const check = setInterval(() => {
      if (Object.keys(cluster.workers ?? {}).length > 0) return;
      clearInterval(check);
      if (metrics) void metrics.stop().finally(() => process.exit(0));
      else process.exit(0);
    }, 100);
    setTimeout(() => process.exit(0), graceMs + 5_000).unref();
    check.unref?.();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`[server] ${processes} app process(es) on port ${port}`);
} else {
  const { createRenderQueue } = await import('./render-queue.mjs');
  const admit = createRenderQueue(Number(process.env.APP_RENDERS ?? 4), { maxWaiting: Number(process.env.APP_RENDER_QUEUE ?? 100) });
  const metrics = process.env.METRICS_PORT ? await createRequestMetrics({ renderQueue: admit }) : null;
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
  let inFlight = 0;
  let stopping = false;
  const server = http.createServer((req, res) => {
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? '';
    const requestId = requestIdOf(req);
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    // While stopping, each answer closes its connection, so keep-alive clients move to another instance.
    if (stopping) res.setHeader('connection', 'close');
    inFlight++;
    const started = process.hrtime.bigint();
    let counted = false;
    const done = () => {
      if (counted) return;
      counted = true;
      inFlight--;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      requestContext.run({ requestId }, () =>
        logger.info({ method: req.method, path: (req.url ?? '').split('?')[0], status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request'),
      );
    };
    res.once('finish', done);
    res.once('close', done);
    metrics?.observe(req, res);
    return requestContext.run({ requestId }, () => {
      if (watch?.answer(req, res)) return;
      const render = () =>
        handle(req, res).catch((error) => {
          console.error('[server] request failed', error);
          if (!res.headersSent) res.statusCode = 500;
          res.end();
        });
      // A page from the cache does not wait for a place among the renders.
      const queued = () => admit(req, res, render);
      return cache ? cache.handle(req, res, queued) : queued();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname);
  // A stop finishes the requests in flight, then leaves: no new connections are
  // taken, idle keep-alive ones are closed, and each open one closes after its
  // answer. The load balancer's health check sees the port closed and sends
  // new requests elsewhere. Past SHUTDOWN_GRACE_MS the process leaves anyway.
  process.on('SIGTERM', () => {
    if (stopping) return;
    stopping = true;
    console.log(`[server] stopping: finishing ${inFlight} request(s) in flight`);
    const finish = async () => {
      await cache?.stop();
      await watch?.stop();
      process.exit(0);
    };
    server.close();
    server.closeIdleConnections();
    const poll = setInterval(() => {
      server.closeIdleConnections();
      if (inFlight === 0) {
        clearInterval(poll);
        void finish();
      }
    }, 50);
    setTimeout(() => {
      console.error(`[server] ${inFlight} request(s) still in flight after ${graceMs} ms; leaving`);
      process.exit(1);
    }, graceMs).unref();
  });
  process.on('SIGINT', () => {});
}
