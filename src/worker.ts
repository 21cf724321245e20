// The background worker: delivers the outbox after commit, sweeps the
// warnings and rolls up the daily statistics. Started by `npm start`; run it
// alone with `npm run worker`.
import { env } from '@/env';
import { maintainCalendar } from '@/lib/calendar-admin/maintain-calendar';
import { db } from '@/lib/db';
import { startFileJobs } from '@/lib/jobs/file-jobs';
import { startStatisticsJobs } from '@/lib/jobs/statistics-jobs';
import { startWarningJobs } from '@/lib/jobs/warning-jobs';
import { runOutboxWorker } from '@/lib/notify/outbox-worker';
import { runEventWorker } from '@/lib/events/event-worker';

// A stop that waits longer than this for the message in flight is forced.
const SHUTDOWN_GRACE_MS = 30_000;

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

function startCalendarJobs(): () => void {
  void calendarMaintenance();
  const timer = setInterval(() => void calendarMaintenance(), 24 * 3_600_000);
  return () => clearInterval(timer);
}

const stopping = new AbortController();
console.log('[worker] delivering the outbox every', env.WORKER_INTERVAL_MS, 'ms');
const outbox = runOutboxWorker({ signal: stopping.signal, intervalMs: env.WORKER_INTERVAL_MS });
// Case events for partner systems (docs/integration.md): their own outbox, in order per case.
const events = runEventWorker({ signal: stopping.signal, intervalMs: env.WORKER_INTERVAL_MS });
// The sweeps are idempotent (a restart sweeps again), so stopping their timers is enough.
const stopJobs = [startCalendarJobs(), startWarningJobs(), startStatisticsJobs(), startFileJobs()];

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping.signal.aborted) return;
    console.log(`[worker] ${signal}: finishing the message in flight`);
    stopping.abort();
    for (const stop of stopJobs) stop();
    setTimeout(() => {
      console.error('[worker] shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    void Promise.all([outbox, events])
      .then(() => db.$disconnect())
      .finally(() => process.exit(0));
  });
}
