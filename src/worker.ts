// The background worker: delivers the outbox after commit, sweeps the
// warnings and rolls up the daily statistics. Started by `npm start`; run it
// alone with `npm run worker`.
import { env } from '@/env';
import { startFileJobs } from '@/lib/jobs/file-jobs';
import { startStatisticsJobs } from '@/lib/jobs/statistics-jobs';
import { startWarningJobs } from '@/lib/jobs/warning-jobs';
import { deliverOutbox } from '@/lib/notify/deliver-outbox';

const INTERVAL_MS = env.WORKER_INTERVAL_MS;
let running = true;

async function loop() {
  console.log('[worker] delivering the outbox every', INTERVAL_MS, 'ms');
  while (running) {
    try {
      let delivered: number;
      do {
        delivered = await deliverOutbox();
        if (delivered > 0) console.log(`[worker] delivered ${delivered} message(s)`);
      } while (delivered > 0 && running);
    } catch (error) {
      console.error('[worker] delivery failed; retrying', error);
    }
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    running = false;
    process.exit(0);
  });
}

void loop();
startWarningJobs();
startStatisticsJobs();
startFileJobs();
