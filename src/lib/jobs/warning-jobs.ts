import 'server-only';
import { env } from '@/env';
import { forgetExpiredCounts } from '@/lib/limits/failure-throttle';
import { every } from './every';
import { refreshWarnings } from '@/lib/supervision/refresh-warnings';

/*
 * A plain loop rather than pg-boss: the job is one idempotent sweep whose state
 * lives in the warning columns and the outbox's unique dedupe keys, so a
 * restart simply sweeps again and tells no one twice. A Postgres advisory lock
 * inside the sweep keeps parallel workers from doubling up. pg-boss would add a
 * schema of its own to migrate for no gain here.
 */
export function startWarningJobs(): () => void {
  return every(env.WARNING_INTERVAL_MS, 'warning refresh', async () => {
    const changed = await refreshWarnings();
    // Housekeeping on the same minute: the throttles' counts past their window (failure-throttle.ts).
    await forgetExpiredCounts().catch((error: unknown) => console.error('[worker] forgetting expired throttle counts failed', error));
    return changed ? `${changed} warning colour(s) changed` : null;
  });
}
