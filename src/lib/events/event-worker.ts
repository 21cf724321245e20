import 'server-only';
import { deliverEvents } from './deliver-events';

/**
 * The worker's event loop, beside the message outbox's: delivers until nothing
 * is due, then waits `intervalMs`. Resolves once `signal` is aborted and the
 * delivery in flight is recorded.
 */
export async function runEventWorker(options: { signal: AbortSignal; intervalMs: number }): Promise<void> {
  const { signal, intervalMs } = options;
  while (!signal.aborted) {
    try {
      let delivered: number;
      do {
        delivered = await deliverEvents({ signal });
        if (delivered > 0) console.log(`[worker] attempted ${delivered} event deliver${delivered === 1 ? 'y' : 'ies'}`);
      } while (delivered > 0 && !signal.aborted);
    } catch (error) {
      console.error('[worker] event delivery failed; retrying', error);
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
