import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { shanghaiDate } from '@/lib/clock/calendar';
import { db } from '@/lib/db';

/**
 * The holidays and make-up working days of one year, the years the calendar
 * has data for, and whether the coming year still lacks it (chinese-days ships
 * a year only once the State Council publishes it, usually in November).
 */
export async function listCalendarYear(actor: Actor, input: { year: number }, now = new Date()) {
  assertRole(actor, ['ADMIN']);
  const year = Number.isInteger(input.year) && input.year >= 1990 && input.year <= 2100 ? input.year : Number(shanghaiDate(now).slice(0, 4));
  const [days, years, generated] = await Promise.all([
    db.calendarDay.findMany({
      where: { date: { gte: `${year}-01-01`, lte: `${year}-12-31` } },
      orderBy: { date: 'asc' },
      select: { date: true, working: true, name: true, source: true },
    }),
    db.$queryRaw<{ year: string; days: bigint }[]>`
      SELECT substr(date, 1, 4) AS year, count(*) AS days FROM "CalendarDay" GROUP BY 1 ORDER BY 1`,
    db.calendarYear.findMany({ orderBy: { year: 'asc' } }),
  ]);
  const covered = years.map((y) => ({ year: Number(y.year), days: Number(y.days) }));
  const thisYear = Number(shanghaiDate(now).slice(0, 4));
  const missing = [thisYear, thisYear + 1].filter((y) => !covered.some((c) => c.year === y));
  // Generated years: provisional until confirmed (statutory holidays only, no 调休 yet).
  const state = generated.find((g) => g.year === year) ?? null;
  const provisionalYears = generated.filter((g) => g.provisional).map((g) => g.year);
  return { year, days, covered, missing, state, provisionalYears };
}
