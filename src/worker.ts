// The background worker: delivers the outbox after commit, sweeps the
// warnings and rolls up the daily statistics. Started by `npm start`; run it
// alone with `npm run worker`.
import { env } from '@/env';
import { maintainCalendar } from '@/lib/calendar-admin/maintain-calendar';
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

// Provisional calendars for the years the data lacks, and due dates recomputed
// when the counting rule changed: at start, then daily (a new year comes round).
async function calendarMaintenance() {
  try {
    const { generated, moved } = await maintainCalendar();
    if (generated.length || moved) console.log(`[worker] calendar: provisional years ${generated.join(', ') || 'none'}; ${moved} due date(s) recomputed`);
  } catch (error) {
    console.error('[worker] calendar maintenance failed', error);
  }
}
void calendarMaintenance();
setInterval(() => void calendarMaintenance(), 24 * 3_600_000).unref();

void loop();
startWarningJobs();
startStatisticsJobs();
