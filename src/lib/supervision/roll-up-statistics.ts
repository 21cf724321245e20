import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { addCalendarDays, dayNumber, shanghaiDate } from '@/lib/clock/calendar';
import { readClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import { tallyCases } from './aggregate-statistics';
import { calendarKey, DIMENSIONS, loadStatisticsCases, recordsOf, type StatisticsCases } from './statistics-cases';

// pg_advisory_xact_lock key: one writer of a chunk of days at a time across worker processes.
const LOCK_KEY = 6_0602;
// Days read and written together: a week of a busy center is a few thousand cases.
const CHUNK_DAYS = 7;
// Closed days computed again on every run: a case accepted just before midnight
// may commit just after the run that rolled its day up.
const REDO_DAYS = 2;

/**
 * Fills the daily statistics rollup (StatDaily) for every closed Shanghai day
 * (before today) that it lacks or that was counted under another calendar, and
 * the last two closed days again. getStatistics reads these days from it and
 * everything else live, so the figures are the same either way. Returns the
 * number of days written, or null when the calendar changed while it read.
 */
export async function rollUpStatistics(now = new Date()): Promise<number | null> {
  const key = await calendarKey();
  const clock = await readClock(db);
  if ((await calendarKey()) !== key) return null;

  const [first] = await db.$queryRaw<{ day: Date | null }[]>`
    SELECT least((SELECT min("acceptedAt") FROM "Application"), (SELECT min("decidedAt") FROM "Application"),
                 (SELECT min("createdAt") FROM "Evaluation")) AS day`;
  if (!first?.day) return 0;
  const lastClosed = addCalendarDays(shanghaiDate(now), -1);
  const start = shanghaiDate(first.day);
  if (start > lastClosed) return 0;
  const done = new Set(
    (await db.statDay.findMany({ where: { day: { gte: start, lte: lastClosed }, calendarKey: key }, select: { day: true } })).map((d) => d.day),
  );
  const redoFrom = addCalendarDays(lastClosed, 1 - REDO_DAYS);
  const todo: string[] = [];
  for (let d = start; d <= lastClosed; d = addCalendarDays(d, 1)) if (!done.has(d) || d >= redoFrom) todo.push(d);

  // Runs of consecutive days, at most a chunk long, read with one query each.
  const chunks: string[][] = [];
  for (const d of todo) {
    const chunk = chunks.at(-1);
    if (chunk && chunk.length < CHUNK_DAYS && dayNumber(d) - dayNumber(chunk.at(-1)!) === 1) chunk.push(d);
    else chunks.push([d]);
  }
  for (const days of chunks) {
    const cases = await loadStatisticsCases([{ from: days[0]!, to: days.at(-1)! }], clock);
    const rows = rollupRows(days, cases);
    await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_KEY})`;
        await tx.statDaily.deleteMany({ where: { day: { in: days } } });
        await tx.statDaily.createMany({ data: rows });
        await tx.statDay.deleteMany({ where: { day: { in: days } } });
        await tx.statDay.createMany({ data: days.map((day) => ({ day, calendarKey: key, computedAt: now })) });
      },
      { timeout: 60_000 },
    );
  }
  return todo.length;
}

/** One row per day, dimension and key holding any case, rating or (for reviewers) decided step. */
function rollupRows(days: string[], all: StatisticsCases): Prisma.StatDailyCreateManyInput[] {
  const rows: Prisma.StatDailyCreateManyInput[] = [];
  for (const day of days) {
    const onDay = <T extends { day: string }>(list: T[]) => list.filter((x) => x.day === day);
    const cases: StatisticsCases = {
      accepted: onDay(all.accepted),
      concluded: onDay(all.concluded),
      ratings: onDay(all.ratings),
      decidedSteps: onDay(all.decidedSteps),
    };
    for (const dimension of DIMENSIONS) {
      const records = recordsOf(cases, dimension);
      const tallies = tallyCases(
        records.accepted.map((a) => ({ ...a, group: a.keys[dimension] })),
        records.concluded.map((c) => ({ ...c, group: c.keys[dimension] })),
        records.ratings.map((r) => ({ ...r, group: r.keys[dimension] })),
      );
      for (const [key, t] of tallies) {
        rows.push({ day, dimension, key, ...t });
      }
    }
  }
  return rows;
}
