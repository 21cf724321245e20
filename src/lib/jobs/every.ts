import 'server-only';

/**
 * Runs a sweep now and then again `intervalMs` after each run ends (never two at
 * once); a failure is logged and the next run tries again. Returns a stop
 * function. See docs/decisions/0003-worker-job-loop.md.
 */
export function every(intervalMs: number, name: string, run: () => Promise<string | null>): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    try {
      const done = await run();
      if (done) console.log(`[worker] ${done}`);
    } catch (error) {
      console.error(`[worker] ${name} failed; retrying next run`, error);
    }
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
