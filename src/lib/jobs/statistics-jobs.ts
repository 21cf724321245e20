import 'server-only';
import { env } from '@/env';
import { rollUpStatistics } from '@/lib/supervision/roll-up-statistics';

/*
 * The daily statistics rollup, as a plain loop like the warning sweep: each run
 * writes the closed days the rollup lacks (all of them on the first run, then
 * the day that just ended) and those counted under an older calendar, so a
 * holiday edited by the admin is re-counted on the next run. A restart simply
 * runs again; getStatistics reads stale or missing days live meanwhile.
 */
const INTERVAL_MS = env.STATISTICS_INTERVAL_MS;

export function startStatisticsJobs(): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    try {
      const days = await rollUpStatistics();
      if (days) console.log(`[worker] statistics rollup: ${days} day(s) written`);
    } catch (error) {
      console.error('[worker] statistics rollup failed; retrying next run', error);
    }
    if (!stopped) timer = setTimeout(tick, INTERVAL_MS);
  };
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
