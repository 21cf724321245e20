// A cache of whole public pages in front of Next's request handler, one per app
// process. Public catalog pages (home, search, guides, open data) change only
// when the catalog does, yet rendering one costs several milliseconds of CPU;
// this serves the bytes of the last render instead.
//
// What is cached: GET/HEAD document requests (no React Server Component
// request, no server action) of the paths below, from a visitor who is not
// signed in (no next-auth session cookie), whose answer was 200 without
// Set-Cookie. The key is the URL, the chosen language (cookie) and whether
// the answer may be gzipped.
//
// When it is renewed: PostgreSQL triggers raise "CatalogRevision" in the same
// transaction as every change to what these pages show (publish, import,
// cancel, departments, calendar, answered questions, ...; see the migration
// catalog_revision). Every process polls that one row every
// CATALOG_POLL_MS (2 s), so every instance on the database drops its entries
// within that time of the commit. Statistics pages have their own timer
// (STATISTICS_TTL_MS, 60 s), and every entry expires after PAGE_TTL_MS
// (5 min) anyway, for what depends on the clock.
import pg from 'pg';

const CATALOG_POLL_MS = Number(process.env.CATALOG_POLL_MS ?? 2000);
const PAGE_TTL_MS = Number(process.env.PAGE_TTL_MS ?? 5 * 60_000);
const STATISTICS_TTL_MS = Number(process.env.STATISTICS_TTL_MS ?? 60_000);
const MAX_ENTRIES = Number(process.env.PAGE_CACHE_ENTRIES ?? 500);
const MAX_BYTES = 512 * 1024;

/** Which paths are cached, and for how long at most. */
function ttlOf(pathname) {
  if (pathname === '/statistics' || pathname.startsWith('/api/statistics')) return STATISTICS_TTL_MS;
  if (pathname === '/' || pathname === '/services' || /^\/services\/(?:bundles\/)?[^/]+$/.test(pathname)) return PAGE_TTL_MS;
  if (pathname === '/open-data' || pathname.startsWith('/api/open-data/') || pathname.startsWith('/open311/v2/services')) return PAGE_TTL_MS;
  return 0;
}

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;
const LOCALE_COOKIE = /(?:^|;\s*)locale=([^;]*)/;

export function createPublicPageCache({ connectionString, log = console }) {
  const entries = new Map();
  // Keys being rendered now: concurrent requests for one of them wait for that
  // render instead of rendering it again (after a catalog change every instance
  // would otherwise render a busy page once per request in flight).
  const rendering = new Map();
  let revision = null;
  let pool = null;
  let timer = null;
  let stats = { hits: 0, misses: 0, stored: 0, dropped: 0 };

  async function poll() {
    try {
      pool ??= new pg.Pool({ connectionString, max: 1, idleTimeoutMillis: 30_000 });
      const { rows } = await pool.query('SELECT "revision"::text AS r FROM "CatalogRevision" WHERE "id" = 1');
      const next = rows[0]?.r ?? '0';
      if (next !== revision) {
        if (revision !== null) stats.dropped += entries.size;
        entries.clear();
        revision = next;
      }
    } catch (error) {
      // Without a known revision nothing is served from the cache (fail open to rendering).
      if (revision !== null) log.error(`[page-cache] polling the catalog revision failed: ${error.message}`);
      entries.clear();
      revision = null;
    }
  }

  function keyOf(req, url) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return null;
    const h = req.headers;
    if (h.rsc || h['next-action'] || h['next-router-prefetch'] || h['next-router-state-tree'] || url.searchParams.has('_rsc')) return null;
    if (SESSION_COOKIE.test(h.cookie ?? '')) return null;
    const ttl = ttlOf(url.pathname);
    if (!ttl) return null;
    const locale = (h.cookie ?? '').match(LOCALE_COOKIE)?.[1] ?? '';
    const gzip = /\bgzip\b/.test(h['accept-encoding'] ?? '') ? 'gz' : 'id';
    return { key: `${url.pathname}${url.search}|${locale}|${gzip}`, ttl };
  }

  /** Serves `req` from the cache, or lets `render` answer and keeps what it sent. */
  async function handle(req, res, render) {
    const url = new URL(req.url ?? '/', 'http://local');
    const k = revision === null ? null : keyOf(req, url);
    if (!k) return render();
    const fresh = () => {
      const hit = entries.get(k.key);
      return hit && hit.expires > Date.now() && hit.revision === revision ? hit : null;
    };
    if (!fresh() && rendering.has(k.key)) await rendering.get(k.key);
    const hit = fresh();
    if (hit) {
      stats.hits++;
      res.writeHead(hit.status, { ...hit.headers, 'x-page-cache': 'hit' });
      res.end(req.method === 'HEAD' ? undefined : hit.body);
      return;
    }
    stats.misses++;
    let done;
    if (!rendering.has(k.key)) {
      rendering.set(k.key, new Promise((resolve) => (done = resolve)));
      res.once('close', () => {
        rendering.delete(k.key);
        done();
      });
    }
    const startRevision = revision;
    const chunks = [];
    let size = 0;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const keep = (chunk, encoding) => {
      if (chunk == null || typeof chunk === 'function' || size > MAX_BYTES) return;
      const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8');
      size += b.length;
      chunks.push(b);
    };
    res.write = (chunk, encoding, cb) => {
      keep(chunk, encoding);
      return write(chunk, encoding, cb);
    };
    res.end = (chunk, encoding, cb) => {
      keep(chunk, encoding);
      return end(chunk, encoding, cb);
    };
    res.setHeader('x-page-cache', 'miss');
    res.once('finish', () => {
      const headers = res.getHeaders();
      // A render that straddled a catalog change may show the old catalog: not kept.
      if (res.statusCode !== 200 || headers['set-cookie'] || size > MAX_BYTES || req.method !== 'GET' || revision !== startRevision) return;
      const cacheable = { ...headers };
      delete cacheable['x-page-cache'];
      delete cacheable['transfer-encoding'];
      delete cacheable.connection;
      delete cacheable['keep-alive'];
      delete cacheable.date;
      // Each answer names its own request (scripts/server.mjs), a cached one too.
      delete cacheable['x-request-id'];
      const body = Buffer.concat(chunks);
      cacheable['content-length'] = String(body.length);
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value);
      entries.set(k.key, { status: 200, headers: cacheable, body, revision: startRevision, expires: Date.now() + k.ttl });
      stats.stored++;
    });
    return render();
  }

  return {
    handle,
    async start() {
      await poll();
      timer = setInterval(poll, CATALOG_POLL_MS);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await pool?.end();
    },
    stats: () => ({ ...stats, entries: entries.size, revision }),
  };
}
