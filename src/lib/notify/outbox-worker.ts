import 'server-only';
import { drainLoop } from '@/lib/drain-loop';
import { deliverOutbox, type DeliverOptions } from './deliver-outbox';
import { fileSmsProvider, type SmsProvider } from './sms-provider';

/** The worker's outbox loop (lib/drain-loop.ts): the message in flight is sent and recorded before a stop. */
export function runOutboxWorker(options: { signal: AbortSignal; intervalMs: number; sms?: SmsProvider; leaseMs?: DeliverOptions['leaseMs'] }): Promise<void> {
  const { signal, intervalMs } = options;
  return drainLoop({
    signal,
    intervalMs,
    name: 'delivery',
    drain: () => deliverOutbox(50, options.sms ?? fileSmsProvider, { signal, leaseMs: options.leaseMs }),
    said: (n) => `delivered ${n} message(s)`,
  });
}
