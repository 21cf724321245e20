import 'server-only';

/**
 * A worker loop over a queue (the message outbox, the event deliveries): `drain`
 * until it hands out nothing, then wait `intervalMs`. Resolves once `signal` is
 * aborted and the batch in flight is recorded, so a SIGTERM never cuts a
 * delivery in half. A failure is logged and the next round tries again.
 */
export async function drainLoop(options: {
  signal: AbortSignal;
  intervalMs: number;
  name: string;
  drain: () => Promise<number>;
  said: (n: number) => string;
}): Promise<void> {
  const { signal, intervalMs } = options;
  while (!signal.aborted) {
    try {
      let delivered: number;
      do {
        delivered = await options.drain();
        if (delivered > 0) console.log(`[worker] ${options.said(delivered)}`);
      } while (delivered > 0 && !signal.aborted);
    } catch (error) {
      console.error(`[worker] ${options.name} failed; retrying`, error);
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, intervalMs);
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done, { once: true });
    });
  }
}
