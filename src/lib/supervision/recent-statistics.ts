import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { shanghaiDate } from '@/lib/clock/calendar';
import { checkStatisticsQuery, getStatistics } from './get-statistics';
import type { StatisticsQuery } from './schemas';

/*
 * The supervision statistics pages, from figures at most a minute old. Even
 * with every past day rolled up, today's cases are read and counted on every
 * request (their timestamps parsed, each one's working days walked): ~100 ms
 * of CPU a page at 1,000,000 applications, against ~20 ms to render it. Here
 * the figures of one period and grouping are computed once a minute per app
 * process and shared by every request of that minute (and by requests that
 * arrive while they are computed). Per process, with no shared state: with
 * several instances each may show figures up to TTL_MS older than another's,
 * and the page says when its figures were computed. The figures do not depend
 * on who asks (supervisors and admins see the same, the public its
 * departments' figures), only access is checked, before the cache. The
 * public /statistics uses it too: anonymous visitors are served by the page
 * cache, signed-in ones rendered it with a year of figures each time.
 */
const TTL_MS = 60_000;
// Periods × groupings kept; a supervisor's queries repeat a few of them.
const MAX_ENTRIES = 100;

type Statistics = Awaited<ReturnType<typeof getStatistics>>;
const entries = new Map<string, { at: number; figures: Promise<Statistics> }>();

/** `liveLimit` is getStatistics' bound on records counted live (the tests lower it). */
export async function getRecentStatistics(actor: Actor | null, query: StatisticsQuery, now = new Date(), liveLimit?: number): Promise<Statistics> {
  checkStatisticsQuery(actor, query);
  // Today's date in the key: after midnight "today" is another day, whatever the age of the entry.
  const key = `${query.from}|${query.to}|${query.by}|${shanghaiDate(now)}|${liveLimit ?? ''}`;
  const hit = entries.get(key);
  if (hit && now.getTime() - hit.at < TTL_MS) return hit.figures;
  for (const [k, e] of entries) if (now.getTime() - e.at >= TTL_MS || entries.size >= MAX_ENTRIES) entries.delete(k);
  const figures = getStatistics(actor, query, now, liveLimit);
  const entry = { at: now.getTime(), figures };
  entries.set(key, entry);
  // A failure is not kept: the next request computes again.
  figures.catch(() => entries.get(key) === entry && entries.delete(key));
  return figures;
}
