import 'server-only';
import { deliverOutbox, type DeliverOptions } from './deliver-outbox';
import { fileSmsProvider, type SmsProvider } from './sms-provider';

/**
 * The worker's outbox loop: delivers until the outbox is empty, then waits
 * `intervalMs`. Resolves once `signal` is aborted and the message in flight
 * (if any) is sent and recorded, so a SIGTERM never cuts a send in half.
 */
export async function runOutboxWorker(options: { signal: AbortSignal; intervalMs: number; sms?: SmsProvider; leaseMs?: DeliverOptions['leaseMs'] }): Promise<void> {
  const { signal, intervalMs } = options;
  while (!signal.aborted) {
    try {
      let delivered: number;
      do {
        delivered = await deliverOutbox(50, options.sms ?? fileSmsProvider, { signal, leaseMs: options.leaseMs });
        if (delivered > 0) console.log(`[worker] delivered ${delivered} message(s)`);
      } while (delivered > 0 && !signal.aborted);
    } catch (error) {
      console.error('[worker] delivery failed; retrying', error);
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
