import 'server-only';
import { drainLoop } from '@/lib/drain-loop';
import { deliverEvents } from './deliver-events';

/** The worker's event loop, beside the message outbox's (lib/drain-loop.ts). */
export function runEventWorker(options: { signal: AbortSignal; intervalMs: number }): Promise<void> {
  return drainLoop({
    ...options,
    name: 'event delivery',
    drain: () => deliverEvents({ signal: options.signal }),
    said: (n) => `attempted ${n} event deliver${n === 1 ? 'y' : 'ies'}`,
  });
}
