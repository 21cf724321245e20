// Whether this app process can reach the database, asked every DB_WATCH_MS
// (2 s). Two failed probes in a row make an outage; a probe fails when the
// database refuses or drops the connection, or leaves it unanswered for five
// seconds. Not one second: under a burst of cached pages (11,000 requests/s)
// the process's own event loop held answers of a healthy database past a
// second, and 15 % of the pages were answered 503. During an outage the server
// answers pages with 503, Retry-After and a busy page of its own (Chinese
// first, English second) instead of letting every page fail: a 503 tells a
// browser, a proxy and a monitor to come back, where Next's error boundary can
// only answer 500 (docs/reliability.md). /healthz, /readyz and static files
// pass through.
import pg from 'pg';

const WATCH_MS = Number(process.env.DB_WATCH_MS ?? 2000);
const RETRY_AFTER_SECONDS = 5;
const FAILED_PROBES_FOR_OUTAGE = 2;

const BUSY_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>服务繁忙，请稍后再试 · 一窗通办</title>
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS * 2}">
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:0;background:#f1f5f9;color:#0f172a}
header{background:#17468a;color:#fff;padding:16px 24px;border-bottom:4px solid #c8102e;font-weight:700;font-size:18px}
main{max-width:40rem;margin:48px auto;padding:0 24px}h1{font-size:24px}p{line-height:1.6}.en{color:#475569}</style></head>
<body><header>一窗通办 · 政务服务中心</header><main>
<h1>服务繁忙，请稍后再试</h1>
<p>系统暂时无法完成您的请求，页面将自动刷新。如问题持续，请拨打 12345。</p>
<p class="en" lang="en">The service is busy. This page reloads by itself; if it keeps failing, call 12345.</p>
</main></body></html>`;

export function createDatabaseWatch({ connectionString, log = console }) {
  const pool = new pg.Pool({ connectionString, max: 1, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 5000, query_timeout: 5000 });
  pool.on('error', () => {});
  let failedProbes = 0;
  let down = false;
  let timer = null;
  let probing = false;

  async function check() {
    if (probing) return;
    probing = true;
    try {
      await pool.query('SELECT 1');
      if (down) log.log('[server] the database answers again');
      failedProbes = 0;
      down = false;
    } catch (error) {
      failedProbes += 1;
      if (down || failedProbes < FAILED_PROBES_FOR_OUTAGE) return;
      log.error('[server] the database does not answer; pages answer 503 until it does:', error instanceof Error ? error.message : error);
      down = true;
    } finally {
      probing = false;
    }
  }

  const passes = (url) => /^\/(_next\/|healthz|readyz|icon|apple-icon|favicon)/.test(url ?? '/');

  return {
    async start() {
      await check();
      timer = setInterval(check, WATCH_MS);
      timer.unref?.();
    },
    async stop() {
      clearInterval(timer);
      await pool.end().catch(() => {});
    },
    /** True when it answered the request itself (the database is down). */
    answer(req, res) {
      // Pages only: a server action (POST) still reaches the app, whose forms say UNAVAILABLE in place.
      if (!down || (req.method !== 'GET' && req.method !== 'HEAD') || passes(req.url)) return false;
      res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : BUSY_PAGE);
      return true;
    },
  };
}
