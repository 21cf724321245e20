import 'server-only';
import { shanghaiDate } from '@/lib/clock/calendar';
import { getRecentStatistics } from './recent-statistics';

/**
 * The public figures: by department only, volume, on-time rate and average
 * working days over a calendar year (this year by default). No names of
 * applicants or staff appear in them. At most a minute old (recent-statistics.ts).
 */
export async function getPublicStatistics(input: { year?: number }, now = new Date()) {
  const thisYear = Number(shanghaiDate(now).slice(0, 4));
  const year = input.year && Number.isInteger(input.year) && input.year >= 2000 && input.year <= thisYear ? input.year : thisYear;
  const to = year === thisYear ? shanghaiDate(now) : `${year}-12-31`;
  const stats = await getRecentStatistics(null, { from: `${year}-01-01`, to, by: 'department' }, now);
  const pick = (r: (typeof stats.rows)[number]) => ({
    department: r.group,
    accepted: r.accepted,
    concluded: r.concluded,
    onTimeRate: r.onTimePromised,
    avgWorkingDays: r.avgWorkingDays,
  });
  return { year, from: stats.from, to: stats.to, departments: stats.rows.map(pick), total: pick(stats.total) };
}
