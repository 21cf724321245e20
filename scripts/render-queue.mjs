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

/** A function `admit(req, res, render)` that calls `render` now or once a place is free. */
export function createRenderQueue(limit, { holdMs = 10_000 } = {}) {
  let rendering = 0;
  const waiting = [];
  const bypass = (req) => (req.method !== 'GET' && req.method !== 'HEAD') || /^\/(_next\/static\/|healthz|readyz)/.test(req.url ?? '');

  return function admit(req, res, render) {
    if (!(limit > 0) || bypass(req)) return render();
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
  };
}
