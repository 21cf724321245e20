import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { addCalendarDays, dayNumber, shanghaiDate } from '@/lib/clock/calendar';
import { loadClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { addTally, emptyTally, statisticsOfTallies, tallyCases, TALLY_FIELDS, type Tally } from './aggregate-statistics';
import { calendarKey, countStatisticsRecords, loadStatisticsCases, namesOf, recordsOf, type DayRange, type Dimension } from './statistics-cases';
import type { StatisticsQuery } from './schemas';

type RollupRow = Tally & { key: string | null; day: string | null };

/**
 * At most this many records (cases accepted, cases concluded, ratings; or steps
 * decided) are read one by one for a request. Normally only today is read so
 * (1,585 concluded cases at 1,000,000 applications); while the rollup is
 * stale (a first load, a calendar change) every past day would be, and a month
 * of 75,000 cases once took one app process to 3.2 GB.
 */
export const LIVE_RECORDS = 20_000;

/** Who may read which statistics, and whether the period is valid: checked before anything is read or served from a cache. */
export function checkStatisticsQuery(actor: Actor | null, query: StatisticsQuery) {
  if (actor && actor.role !== 'SUPERVISOR' && actor.role !== 'ADMIN') throw new AppError('NOT_FOUND');
  if (!actor && query.by !== 'department') throw new AppError('NOT_FOUND');
  if (dayNumber(query.to) < dayNumber(query.from) || dayNumber(query.to) - dayNumber(query.from) > 366 * 3) {
    throw new AppError('INVALID_INPUT', { fieldErrors: { to: ['invalidRange'] } });
  }
}

/**
 * Performance figures over a period (Shanghai dates, both ends included):
 * cases accepted in it and cases concluded (decided) in it, per department,
 * window, accepting staff member or item, or the steps decided in it per
 * deciding reviewer (see recordsOf), and a series over time. Only for
 * supervision; without an actor (the public page) only by department.
 *
 * Whole past days come from the daily rollup when it holds them under the
 * calendar in force; the rest (today, days not rolled up yet, days counted
 * under an older calendar) are read case by case. Both are counted by the same
 * code, so the figures are the same either way. The days read case by case
 * hold at most `liveLimit` records, the latest days first: the older days not
 * rolled up beyond that are left out and reported as `pending` (the worker's
 * rollup fills them in on its next runs).
 */
export async function getStatistics(actor: Actor | null, query: StatisticsQuery, now = new Date(), liveLimit = LIVE_RECORDS) {
  checkStatisticsQuery(actor, query);
  const lastClosed = [query.to, addCalendarDays(shanghaiDate(now), -1)].sort()[0]!;
  const [clock, key] = await Promise.all([loadClock(), calendarKey()]);
  const rolledDays =
    lastClosed >= query.from
      ? new Set(
          (await db.$queryRaw<{ day: string }[]>`SELECT day FROM "StatDay" WHERE day >= ${query.from} AND day <= ${lastClosed} AND "calendarKey" = ${key}`).map(
            (d) => d.day,
          ),
        )
      : new Set<string>();
  const missing: string[] = [];
  for (let d = query.from; d <= query.to; d = addCalendarDays(d, 1)) if (!rolledDays.has(d)) missing.push(d);
  const { liveDays, pending } = await boundLiveDays(missing, query.by, liveLimit);
  const liveRanges = rangesOf(liveDays);

  const [cases, rolled] = await Promise.all([loadStatisticsCases(liveRanges, clock, [query.by]), rolledDays.size ? readRollup(query, lastClosed, key) : []]);
  const live = recordsOf(cases, query.by);
  const byGroups = rolled.filter((r) => r.key !== null);
  const names = await namesOf(query.by, [
    ...byGroups.map((r) => r.key!),
    ...[...live.accepted, ...live.concluded, ...live.ratings].map((c) => c.keys[query.by]),
  ]);
  const groupOf = (c: { keys: Record<StatisticsQuery['by'], string> }) => names.get(c.keys[query.by]) ?? '—';
  const tallies = tallyCases(
    live.accepted.map((a) => ({ ...a, group: groupOf(a) })),
    live.concluded.map((c) => ({ ...c, group: groupOf(c) })),
    live.ratings.map((r) => ({ ...r, group: groupOf(r) })),
  );
  for (const r of byGroups) {
    const group = names.get(r.key!) ?? '—';
    tallies.set(group, addTally(tallies.get(group) ?? emptyTally(), r));
  }
  const result = statisticsOfTallies(tallies);

  // Daily buckets for up to two months, monthly beyond.
  const daily = dayNumber(query.to) - dayNumber(query.from) <= 62;
  const bucket = (day: string) => (daily ? day : day.slice(0, 7));
  const series = new Map<string, { accepted: number; concluded: number }>();
  for (let d = query.from; d <= query.to; d = addCalendarDays(d, 1)) {
    if (!series.has(bucket(d))) series.set(bucket(d), { accepted: 0, concluded: 0 });
  }
  for (const a of live.accepted) series.get(bucket(a.day))!.accepted++;
  for (const c of live.concluded) series.get(bucket(c.day))!.concluded++;
  for (const r of rolled) {
    if (r.day === null) continue;
    const s = series.get(bucket(r.day))!;
    s.accepted += r.accepted;
    s.concluded += r.concluded;
  }

  return {
    ...query,
    generatedAt: now,
    /** Days of the period neither rolled up nor counted live: their figures are missing until the rollup reaches them. */
    pending: pending.length ? { days: pending.length, from: pending[0]!, to: pending.at(-1)! } : null,
    ...result,
    series: [...series].map(([label, v]) => ({ label, ...v })),
  };
}

/** The rollup's sums over the rolled-up days of the period, per group key and per day, in one pass. */
async function readRollup(query: StatisticsQuery, lastClosed: string, key: string): Promise<RollupRow[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT s.key, s.day,
      sum(s.accepted)::int AS "accepted", sum(s."acceptedOnline")::int AS "acceptedOnline",
      sum(s."acceptedCorrected")::int AS "acceptedCorrected", sum(s.concluded)::int AS "concluded",
      sum(s."promisedOnTime")::int AS "promisedOnTime", sum(s."withStatutory")::int AS "withStatutory",
      sum(s."statutoryOnTime")::int AS "statutoryOnTime", sum(s."workingDays")::float8 AS "workingDays",
      sum(s."concludedCorrected")::int AS "concludedCorrected", sum(s.ratings)::int AS "ratings",
      sum(s.satisfied)::int AS "satisfied"
    FROM "StatDaily" s JOIN "StatDay" d ON d.day = s.day AND d."calendarKey" = ${key}
    WHERE s.dimension = ${query.by} AND s.day >= ${query.from} AND s.day <= ${lastClosed}
    GROUP BY GROUPING SETS ((s.key), (s.day))`;
  return rows.map((r) => {
    const t = emptyTally();
    for (const f of TALLY_FIELDS) t[f] = Number(r[f]);
    return { ...t, key: r.key as string | null, day: r.day as string | null };
  });
}

/**
 * Of the days not rolled up, those counted live: the latest first while their
 * records stay within the limit (today, then yesterday before the night's
 * rollup ran, ...); the earlier ones are pending.
 */
async function boundLiveDays(days: string[], dimension: Dimension, limit: number) {
  const counts = await countStatisticsRecords(rangesOf(days), dimension);
  let total = 0;
  let cut = days.length;
  while (cut > 0 && total + (counts.get(days[cut - 1]!) ?? 0) <= limit) total += counts.get(days[--cut]!) ?? 0;
  return { liveDays: days.slice(cut), pending: days.slice(0, cut) };
}

/** Ascending days as runs of consecutive days. */
function rangesOf(days: string[]): DayRange[] {
  const ranges: DayRange[] = [];
  for (const d of days) {
    const last = ranges.at(-1);
    if (last && addCalendarDays(last.to, 1) === d) last.to = d;
    else ranges.push({ from: d, to: d });
  }
  return ranges;
}
