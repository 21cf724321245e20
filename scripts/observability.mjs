// Operations for scripts/server.mjs and the worker (issue 15 point 8):
//
// - JSON logs (pino), one object a line on stdout. `console.*` is routed
//   through the logger, so every existing call site in src/ (console.error
//   in actions, routes, the worker) and Next's own messages come out as JSON
//   without changing them. Inside a request each line carries its `requestId`
//   (the incoming X-Request-ID from the load balancer, or a new one), kept
//   with AsyncLocalStorage through everything the request awaits.
// - Prometheus metrics (prom-client): requests and latencies per app process,
//   summed by the primary (AggregatorRegistry) with the outbox queue depth and
//   the open warnings read from the database at scrape time, served on
//   METRICS_PORT bound to METRICS_HOST (127.0.0.1): operators only, never
//   behind the public load balancer.
//
//   LOG_LEVEL (info) · LOG_FORMAT=pretty for plain lines in a terminal ·
//   METRICS_PORT (unset: no metrics server) · METRICS_HOST (127.0.0.1) · INSTANCE_NAME (host name)
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import util from 'node:util';
import pino from 'pino';

export const requestContext = new AsyncLocalStorage();

export function createLogger(component, destination = undefined) {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? 'info',
      base: { instance: process.env.INSTANCE_NAME || os.hostname(), pid: process.pid, component },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: pino.stdSerializers.err },
      // Each line written inside a request names it.
      mixin: () => {
        const context = requestContext.getStore();
        return context ? { requestId: context.requestId } : {};
      },
    },
    destination,
  );
}

/**
 * Sends console.log/info/warn/error/debug through `logger`: the text as
 * `msg`, the first Error among the arguments as `err` (with its stack).
 */
export function routeConsole(logger) {
  if (process.env.LOG_FORMAT === 'pretty') return;
  const write =
    (level) =>
    (...args) => {
      const error = args.find((a) => a instanceof Error);
      const msg = util.format(...args.map((a) => (a === error ? a.message : a)));
      if (error) logger[level]({ err: error }, msg);
      else logger[level](msg);
    };
  console.log = write('info');
  console.info = write('info');
  console.warn = write('warn');
  console.error = write('error');
  console.debug = write('debug');
  // Node's own warnings (deprecations, the AWS SDK's Node version notice) too, instead of plain stderr text.
  process.removeAllListeners('warning');
  process.on('warning', (warning) => logger.warn({ err: warning }, `${warning.name}: ${warning.message.split('\n')[0]}`));
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's id: the load balancer's X-Request-ID when it is a plain token, else a new one. */
export function requestIdOf(req) {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** A bounded label for a path: its first segment ("/services/123" -> "/services"), so metrics stay small. */
export function routeGroup(url) {
  const pathname = (url ?? '/').split('?')[0];
  const first = pathname.split('/')[1] ?? '';
  if (first === '' || first.length > 40) return '/';
  if (first === '_next') return '/_next';
  return /^[a-z0-9][a-z0-9-]*(\.json|\.xml)?$/i.test(first) ? `/${first}` : '/other';
}

/**
 * The per-process request metrics, registered in prom-client's global registry
 * (the one AggregatorRegistry reads), with the depth of the process's render
 * queue (scripts/render-queue.mjs).
 */
export async function createRequestMetrics({ renderQueue }) {
  const client = (await import('prom-client')).default;
  // Constructing one is what makes an app process answer the primary's requests for its metrics.
  new client.AggregatorRegistry();
  client.collectDefaultMetrics({ prefix: 'portal_' });
  const duration = new client.Histogram({
    name: 'portal_http_request_duration_seconds',
    help: 'Time from a request arriving to its response finishing, by method, first path segment and status class.',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });
  const inFlight = new client.Gauge({ name: 'portal_http_requests_in_flight', help: 'Requests being answered now.' });
  new client.Gauge({
    name: 'portal_render_queue_waiting',
    help: 'Page requests (GET, HEAD) waiting for a place among the renders; past APP_RENDER_QUEUE they are answered 503.',
    collect() {
      this.set(renderQueue.waiting());
    },
  });
  return {
    observe(req, res) {
      const end = duration.startTimer({
        method: req.method === 'GET' || req.method === 'POST' || req.method === 'HEAD' ? req.method : 'OTHER',
        route: routeGroup(req.url),
      });
      inFlight.inc();
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        inFlight.dec();
        end({ status: `${Math.floor(res.statusCode / 100)}xx` });
      };
      res.once('finish', finish);
      res.once('close', finish);
    },
  };
}

/**
 * The primary's metrics server: every app process's metrics summed, and the
 * gauges read from the database when scraped (outbox depth, open warnings).
 */
export async function startMetricsServer({ port, host, connectionString, logger }) {
  const client = (await import('prom-client')).default;
  const aggregator = new client.AggregatorRegistry();
  const own = new client.Registry();
  let pool = null;
  if (connectionString) {
    const { default: pg } = await import('pg');
    pool = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: 3000, idleTimeoutMillis: 10_000 });
    pool.on('error', (error) => logger.warn({ err: error }, 'metrics database connection lost'));
  }
  const outbox = new client.Gauge({
    name: 'portal_outbox_messages',
    help: 'Outbox messages by channel and status waiting or failed (PENDING, SENDING, FAILED).',
    labelNames: ['channel', 'status'],
    registers: [own],
  });
  const oldest = new client.Gauge({ name: 'portal_outbox_oldest_pending_seconds', help: 'Age of the oldest message still to deliver.', registers: [own] });
  const warnings = new client.Gauge({
    name: 'portal_open_warnings',
    help: 'Open cases (accepted or in review) by their warning colour (yellow, red).',
    labelNames: ['level'],
    registers: [own],
  });
  const up = new client.Gauge({ name: 'portal_database_up', help: '1 when the metrics query reached the database.', registers: [own] });

  async function readDatabase() {
    if (!pool) return;
    try {
      const [depth, age, open] = await Promise.all([
        pool.query(
          `SELECT "channel"::text AS channel, "status"::text AS status, count(*)::int AS n FROM "OutboxMessage" WHERE "status" <> 'SENT' GROUP BY 1, 2`,
        ),
        pool.query(
          `SELECT coalesce(extract(epoch FROM now() - min("createdAt")), 0)::float AS s FROM "OutboxMessage" WHERE "status" IN ('PENDING', 'SENDING')`,
        ),
        pool.query(
          `SELECT "warning"::text AS level, count(*)::int AS n FROM "Application" WHERE "status" IN ('ACCEPTED', 'IN_REVIEW') AND "warning" <> 'GREEN' GROUP BY 1`,
        ),
      ]);
      outbox.reset();
      for (const row of depth.rows) outbox.set({ channel: row.channel, status: row.status }, row.n);
      oldest.set(age.rows[0]?.s ?? 0);
      warnings.reset();
      for (const level of ['YELLOW', 'RED']) warnings.set({ level: level.toLowerCase() }, open.rows.find((r) => r.level === level)?.n ?? 0);
      up.set(1);
    } catch (error) {
      up.set(0);
      logger.warn({ err: error }, 'metrics: database not read');
    }
  }

  const server = http.createServer(async (req, res) => {
    if (req.url !== '/metrics') {
      res.statusCode = 404;
      return res.end();
    }
    try {
      await readDatabase();
      const [processes, mine] = await Promise.all([aggregator.clusterMetrics(), own.metrics()]);
      res.setHeader('Content-Type', aggregator.contentType);
      res.end(`${processes}\n${mine}`);
    } catch (error) {
      logger.error({ err: error }, 'metrics failed');
      res.statusCode = 500;
      res.end();
    }
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  logger.info(`metrics on http://${host}:${port}/metrics`);
  return {
    stop: async () => {
      server.close();
      await pool?.end().catch(() => {});
    },
  };
}
