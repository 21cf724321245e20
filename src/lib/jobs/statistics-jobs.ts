import 'server-only';
import { env } from '@/env';
import { every } from './every';
import { rollUpStatistics } from '@/lib/supervision/roll-up-statistics';

/*
 * The daily statistics rollup, as a plain loop like the warning sweep: each run
 * writes the closed days the rollup lacks (all of them on the first run, then
 * the day that just ended) and those counted under an older calendar, so a
 * holiday edited by the admin is re-counted on the next run. A restart simply
 * runs again; getStatistics reads stale or missing days live meanwhile, up to
 * LIVE_RECORDS records (the latest days), and reports the others as pending.
 */
export function startStatisticsJobs(): () => void {
  return every(env.STATISTICS_INTERVAL_MS, 'statistics rollup', async () => {
    const days = await rollUpStatistics();
    return days ? `statistics rollup: ${days} day(s) written` : null;
  });
}
