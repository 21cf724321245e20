import 'server-only';
import { shanghaiDate } from '@/lib/clock/calendar';
import { getRecentStatistics } from './recent-statistics';

/**
 * The public figures: by department only, volume, on-time rate and average
 * working days over a calendar year (this year by default). No names of
 * applicants or staff appear in them. At most a minute old (recent-statistics.ts);
 * days the rollup has not summarised yet are left out and named in `pending`.
 */
export async function getPublicStatistics(input: { year?: number }, now = new Date(), liveLimit?: number) {
  const thisYear = Number(shanghaiDate(now).slice(0, 4));
  const year = input.year && Number.isInteger(input.year) && input.year >= 2000 && input.year <= thisYear ? input.year : thisYear;
  const to = year === thisYear ? shanghaiDate(now) : `${year}-12-31`;
  const stats = await getRecentStatistics(null, { from: `${year}-01-01`, to, by: 'department' }, now, liveLimit);
  const pick = (r: (typeof stats.rows)[number]) => ({
    department: r.group,
    accepted: r.accepted,
    concluded: r.concluded,
    onTimeRate: r.onTimePromised,
    avgWorkingDays: r.avgWorkingDays,
  });
  // When the figures were computed, and the days not summarised yet (left out of them), as the supervisors' page says.
  return {
    year,
    from: stats.from,
    to: stats.to,
    departments: stats.rows.map(pick),
    total: pick(stats.total),
    generatedAt: stats.generatedAt,
    pending: stats.pending,
  };
}
