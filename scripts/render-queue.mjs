// How many requests one app process renders at once (APP_RENDERS, 4 by
// default; 0: no limit). A process has one core: ten renders interleaved take
// as long in all as ten in a row, but each holds its half-built page in memory
// meanwhile, so garbage collection marks more and the heap peaks higher. On
// demo data, four at a time answered up to 12 % more requests per second than
// no limit, with a p99 10-33 % lower and a lower peak RSS (docs/performance.md,
// "Renders per process"); four rather than one so that a render waiting on the
// database does not leave the core idle.
//
// Only GET and HEAD wait: a request with a body (an upload, a server action)
// goes straight through, so no slow sender can hold a place. Static files and
// the health checks go straight through too. A place is given back when the
// answer is finished or the connection closes, and at the latest after
// `holdMs`, so that a slow reader of a large download cannot keep it.
//
// At most `maxWaiting` requests wait (APP_RENDER_QUEUE, 100 by default; 0: no
// bound). One more is refused at once with 503 and Retry-After, a short page
// in Chinese and English: past the bound a process is behind by seconds, and a
// request that waits longer only makes every later one wait longer too (the
// load balancer may send the retry to another instance).

const BUSY_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>服务繁忙 · Busy</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#0f172a;line-height:1.6">
<h1 style="font-size:1.25rem">服务繁忙，请过几秒再刷新本页。</h1>
<p>已提交的申请和已保存的内容不受影响。</p>
<p lang="en" style="color:#475569">The portal is busy. Please reload this page in a few seconds. What you have submitted or saved is not affected.</p>
<p><a href="" style="color:#1d4ed8">刷新本页 · Reload</a></p>
</body></html>
`;

/**
 * A function `admit(req, res, render)` that calls `render` now or once a place
 * is free, or refuses the request when `maxWaiting` wait already;
 * `admit.waiting()` counts the requests waiting now.
 */
export function createRenderQueue(limit, { holdMs = 10_000, maxWaiting = 100 } = {}) {
  let rendering = 0;
  const waiting = [];
  const bypass = (req) => (req.method !== 'GET' && req.method !== 'HEAD') || /^\/(_next\/static\/|healthz|readyz)/.test(req.url ?? '');

  function refuse(req, res) {
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '5' });
    res.end(req.method === 'HEAD' ? undefined : BUSY_PAGE);
  }

  function admit(req, res, render) {
    if (!(limit > 0) || bypass(req)) return render();
    if (maxWaiting > 0 && waiting.length >= maxWaiting) return refuse(req, res);
    let state = 'waiting';
    let timer;
    const start = () => {
      state = 'rendering';
      rendering++;
      timer = setTimeout(leave, holdMs);
      timer.unref();
      return render();
    };
    function leave() {
      if (state === 'waiting') waiting.splice(waiting.indexOf(start), 1);
      if (state !== 'rendering') {
        state = 'done';
        return;
      }
      state = 'done';
      clearTimeout(timer);
      rendering--;
      waiting.shift()?.();
    }
    res.once('finish', leave);
    res.once('close', leave);
    if (rendering < limit) return start();
    waiting.push(start);
  }
  admit.waiting = () => waiting.length;
  return admit;
}
