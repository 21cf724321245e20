import 'server-only';
import { env } from '@/env';
import { sweepOrphanFiles } from '@/lib/files/sweep-orphan-files';

/* The orphan sweep is idempotent and touches only files past their grace period: running it twice, or in two workers, is harmless. */
export function startFileJobs(): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    try {
      const removed = await sweepOrphanFiles();
      if (removed.rows || removed.bytes) console.log(`[worker] removed ${removed.rows} unused upload(s) and ${removed.bytes} file(s) without a record`);
    } catch (error) {
      console.error('[worker] orphan file sweep failed; retrying next round', error);
    }
    if (!stopped) timer = setTimeout(tick, env.ORPHAN_SWEEP_INTERVAL_MS);
  };
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
