import 'server-only';
import { addCalendarDays, atShanghai, shanghaiDate } from '@/lib/clock/calendar';
import type { WorkingCalendar } from '@/lib/clock/calendar';
import type { Clock } from '@/lib/clock/clock-settings';
import { elapsedWorkingDays } from '@/lib/clock/due-date';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { AcceptedCase, ConcludedCase, Rating } from './aggregate-statistics';

/*
 * What the live statistics and the daily rollup both read, so the two cannot
 * drift apart: the cases accepted, the cases concluded and the ratings given
 * on some days, each with the ids it is grouped by and its Shanghai day; and
 * the department steps decided on those days, for the reviewer dimension.
 */

export const DIMENSIONS = ['department', 'window', 'staff', 'item', 'reviewer'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/**
 * The department (of the item version), window, accepting staff member and item
 * version of a case; '' for none. Cases have no reviewer key: a case can pass
 * several departments' reviewers, and only its steps are theirs.
 */
type Keys = Record<Dimension, string>;

type Keyed<T> = Omit<T, 'group'> & { keys: Keys; day: string };
export type StatisticsCases = {
  accepted: Keyed<AcceptedCase>[];
  concluded: Keyed<ConcludedCase>[];
  ratings: Keyed<Rating>[];
  decidedSteps: Keyed<ConcludedCase>[];
};

/*
 * Reviewers are measured on the department steps they decided, not on whole
 * cases: a reviewer controls their own step (its limit, its clock), not the
 * intake before it or the other departments of a joint case, and a case's
 * "deciding reviewer" is not even known when its acceptance day is rolled up.
 * A decided step is counted as a concluded record of the same shape as a case,
 * so the rollup keeps its columns and the figures mean, for a reviewer:
 * concluded = steps decided, "on time against the promise" = decided by the
 * step's own due date, working days = from the step's opening to its decision
 * (the case's suspensions not counted, as for the step's due date), "without
 * correction" = decided without asking the applicant for more material. No
 * acceptances, statutory limits or ratings belong to a step, so those figures
 * stay empty ('—').
 */
export function recordsOf(cases: StatisticsCases, dimension: Dimension): Omit<StatisticsCases, 'decidedSteps'> {
  if (dimension === 'reviewer') return { accepted: [], concluded: cases.decidedSteps, ratings: [] };
  return { accepted: cases.accepted, concluded: cases.concluded, ratings: cases.ratings };
}

/** Days from `from` to `to`, both included (Shanghai dates). */
export type DayRange = { from: string; to: string };

type Row = { versionId: string; windowId: string | null; acceptedById: string | null; departmentId: string };
const keysOf = (a: Row): Keys => ({ department: a.departmentId, window: a.windowId ?? '', staff: a.acceptedById ?? '', item: a.versionId, reviewer: '' });

// Timestamps are stored as UTC without a zone; an ISO string cast to timestamp compares as stored.
const ts = (d: Date) => Prisma.sql`${d.toISOString()}::timestamp`;

/** A condition: the timestamp column falls on one of the days of the ranges (Shanghai dates). */
const withinRanges = (ranges: DayRange[]) => (column: Prisma.Sql) =>
  Prisma.join(
    ranges.map((r) => Prisma.sql`(${column} >= ${ts(atShanghai(r.from, '00:00'))} AND ${column} < ${ts(atShanghai(addCalendarDays(r.to, 1), '00:00'))})`),
    ' OR ',
  );

/**
 * How many records loadStatisticsCases would read for one dimension, per
 * Shanghai day of the ranges (days without any are absent), counted by
 * PostgreSQL from the indexes without reading a row into the app: so that the
 * live figures can be bounded before anything is loaded.
 */
export async function countStatisticsRecords(ranges: DayRange[], dimension: Dimension): Promise<Map<string, number>> {
  if (ranges.length === 0) return new Map();
  const within = withinRanges(ranges);
  // Shanghai keeps UTC+8 all year; timestamps are stored as UTC.
  const day = (column: Prisma.Sql) => Prisma.sql`to_char(${column} + interval '8 hours', 'YYYY-MM-DD')`;
  const rows =
    dimension === 'reviewer'
      ? await db.$queryRaw<{ day: string; n: number }[]>`
          SELECT ${day(Prisma.sql`t."decidedAt"`)} AS day, count(*)::int AS n FROM "DepartmentTask" t
          WHERE (${within(Prisma.sql`t."decidedAt"`)}) AND t."openedAt" IS NOT NULL AND t.status IN ('APPROVED', 'DENIED')
          GROUP BY 1`
      : await db.$queryRaw<{ day: string; n: number }[]>`
          SELECT day, sum(n)::int AS n FROM (
            SELECT ${day(Prisma.sql`a."acceptedAt"`)} AS day, count(*) AS n FROM "Application" a WHERE ${within(Prisma.sql`a."acceptedAt"`)} GROUP BY 1
            UNION ALL
            SELECT ${day(Prisma.sql`a."decidedAt"`)}, count(*) FROM "Application" a
            WHERE (${within(Prisma.sql`a."decidedAt"`)}) AND a."acceptedAt" IS NOT NULL GROUP BY 1
            UNION ALL
            SELECT ${day(Prisma.sql`e."createdAt"`)}, count(*) FROM "Evaluation" e WHERE ${within(Prisma.sql`e."createdAt"`)} GROUP BY 1
          ) x GROUP BY day`;
  return new Map(rows.map((r) => [r.day, r.n]));
}

/**
 * One flat SQL statement per kind of record rather than Prisma's nested
 * selects: a year of rollup or a day of live figures is thousands of cases, and
 * every extra round trip and per-row object costs more than the query itself.
 * Only the records the given dimensions count are read: the live figures of one
 * dimension need either the cases or the decided steps, the rollup both.
 */
export async function loadStatisticsCases(ranges: DayRange[], clock: Clock, dimensions: readonly Dimension[] = DIMENSIONS): Promise<StatisticsCases> {
  const none: StatisticsCases = { accepted: [], concluded: [], ratings: [], decidedSteps: [] };
  if (ranges.length === 0) return none;
  const within = withinRanges(ranges);
  const keys = Prisma.sql`a."versionId", a."windowId", a."acceptedById", v."departmentId"`;
  // Not EXISTS: PostgreSQL then hashes every correction notice there is (100,000 at 1,000,000
  // applications) to answer for a day's few thousand cases; a scalar subquery probes the index per case.
  const corrected = Prisma.sql`coalesce((SELECT true FROM "CorrectionNotice" c WHERE c."applicationId" = a.id LIMIT 1), false) AS corrected`;
  const suspensions = Prisma.sql`(SELECT json_agg(json_build_array(s."startedAt", s."endedAt")) FROM "Suspension" s WHERE s."applicationId" = a.id) AS suspensions`;
  const needCases = dimensions.some((d) => d !== 'reviewer');
  const needSteps = dimensions.includes('reviewer');
  type Timed = { acceptedAt: Date; decidedAt: Date; suspensions: [string, string | null][] | null };
  const [accepted, concluded, ratings, steps] = await Promise.all([
    needCases
      ? db.$queryRaw<(Row & { acceptedAt: Date; online: boolean; corrected: boolean })[]>`
          SELECT a."acceptedAt", a.channel = 'ONLINE' AS online, ${corrected}, ${keys}
          FROM "Application" a JOIN "ServiceItemVersion" v ON v.id = a."versionId"
          WHERE ${within(Prisma.sql`a."acceptedAt"`)}`
      : [],
    needCases
      ? db.$queryRaw<(Row & Timed & { promisedDueAt: Date | null; statutoryDueAt: Date | null; corrected: boolean })[]>`
          SELECT a."acceptedAt", a."decidedAt", a."promisedDueAt", a."statutoryDueAt", ${corrected}, ${keys}, ${suspensions}
          FROM "Application" a JOIN "ServiceItemVersion" v ON v.id = a."versionId"
          WHERE (${within(Prisma.sql`a."decidedAt"`)}) AND a."acceptedAt" IS NOT NULL`
      : [],
    needCases
      ? db.$queryRaw<(Row & { createdAt: Date; overall: number })[]>`
          SELECT e."createdAt", e.overall, ${keys}
          FROM "Evaluation" e JOIN "Application" a ON a.id = e."applicationId" JOIN "ServiceItemVersion" v ON v.id = a."versionId"
          WHERE ${within(Prisma.sql`e."createdAt"`)}`
      : [],
    // By the steps' own decision time (index DepartmentTask(decidedAt)): finding them
    // through their cases read every case decided since the period began, for a year
    // ago most of 1,000,000, on every chunk of the rollup.
    needSteps
      ? db.$queryRaw<
          (Omit<Row, 'departmentId'> &
            Omit<Timed, 'acceptedAt'> & { taskDepartmentId: string; assigneeId: string | null; openedAt: Date; dueAt: Date | null; askedMore: boolean })[]
        >`
          SELECT t."decidedAt", t."openedAt", t."dueAt", t."departmentId" AS "taskDepartmentId", t."assigneeId",
            a."versionId", a."windowId", a."acceptedById", ${suspensions},
            coalesce((SELECT true FROM "Suspension" m WHERE m."taskId" = t.id AND m.kind = 'AWAITING_APPLICANT' LIMIT 1), false) AS "askedMore"
          FROM "DepartmentTask" t JOIN "Application" a ON a.id = t."applicationId"
          WHERE (${within(Prisma.sql`t."decidedAt"`)}) AND t."openedAt" IS NOT NULL AND t.status IN ('APPROVED', 'DENIED')`
      : [],
  ]);
  const calendar = rememberingCalendar(clock.calendar);
  // json_build_array gives timestamps without a zone; they are UTC.
  const utc = (t: string) => new Date(`${t}Z`);
  const intervals = (list: [string, string | null][] | null) =>
    (list ?? []).map(([start, end]) => ({ start: utc(start), end: end === null ? null : utc(end) }));
  return {
    accepted: accepted.map((a) => ({ keys: keysOf(a), day: shanghaiDate(a.acceptedAt), online: a.online, corrected: a.corrected })),
    concluded: concluded.map((a) => ({
      keys: keysOf(a),
      day: shanghaiDate(a.decidedAt),
      decidedAt: a.decidedAt,
      promisedDueAt: a.promisedDueAt,
      statutoryDueAt: a.statutoryDueAt,
      corrected: a.corrected,
      workingDays: elapsedWorkingDays({ acceptedAt: a.acceptedAt, now: a.decidedAt, calendar, hours: clock.hours, suspensions: intervals(a.suspensions) }),
    })),
    ratings: ratings.map((r) => ({ keys: keysOf(r), day: shanghaiDate(r.createdAt), overall: r.overall })),
    decidedSteps: steps.map((t) => ({
      keys: { ...keysOf({ ...t, departmentId: t.taskDepartmentId }), reviewer: t.assigneeId ?? '' },
      day: shanghaiDate(t.decidedAt),
      decidedAt: t.decidedAt,
      promisedDueAt: t.dueAt,
      statutoryDueAt: null,
      corrected: t.askedMore,
      workingDays: elapsedWorkingDays({ acceptedAt: t.openedAt, now: t.decidedAt, calendar, hours: clock.hours, suspensions: intervals(t.suspensions) }),
    })),
  };
}

const remembering = new WeakMap<WorkingCalendar, WorkingCalendar>();

/**
 * The same calendar, remembering its answers: counting the working days of
 * thousands of cases asks about the same few hundred dates again and again,
 * and each answer re-validates its date string.
 */
function rememberingCalendar(calendar: WorkingCalendar): WorkingCalendar {
  let fast = remembering.get(calendar);
  if (fast) return fast;
  const working = new Map<string, boolean>();
  const next = new Map<string, string>();
  fast = Object.create(calendar) as WorkingCalendar;
  fast.isWorkingDay = (date) => {
    let w = working.get(date);
    if (w === undefined) working.set(date, (w = calendar.isWorkingDay(date)));
    return w;
  };
  fast.nextWorkingDay = (date) => {
    let n = next.get(date);
    if (n === undefined) next.set(date, (n = calendar.nextWorkingDay(date)));
    return n;
  };
  remembering.set(calendar, fast);
  return fast;
}

/**
 * A fingerprint of what working days depend on (the calendar's exceptions and
 * the office hours) and of the dimensions the rollup counts: rollup days counted
 * under another fingerprint are stale, so a new dimension is filled in for every
 * past day by the next run (and counted live until then).
 */
export async function calendarKey(): Promise<string> {
  const [{ key }] = await db.$queryRaw<{ key: string }[]>`
    SELECT md5(
      coalesce((SELECT string_agg(date || CASE WHEN working THEN '+' ELSE '-' END, ',' ORDER BY date) FROM "CalendarDay"), '')
      || '|' || coalesce((SELECT value::text FROM "Setting" WHERE key = 'office-hours'), '')
      || '|' || ${DIMENSIONS.join(',')}::text
    ) AS key`;
  return key;
}

/** The names the groups are shown by, for the keys of one dimension; '' is '—'. One SQL statement, not a Prisma query (~5x its CPU). */
export async function namesOf(dimension: Dimension, keys: Iterable<string>): Promise<Map<string, string>> {
  const ids = [...new Set(keys)].filter(Boolean);
  const names = new Map<string, string>([['', '—']]);
  if (ids.length === 0) return names;
  const rows = await db.$queryRaw<{ id: string; name: string }[]>(NAMES[dimension](Prisma.sql`${ids}::text[]`));
  for (const r of rows) names.set(r.id, r.name);
  return names;
}

const userNames = (ids: Prisma.Sql) => Prisma.sql`SELECT id, name FROM "User" WHERE id = ANY(${ids})`;
const NAMES: Record<Dimension, (ids: Prisma.Sql) => Prisma.Sql> = {
  department: (ids) => Prisma.sql`SELECT d.id, r.name || d.name AS name FROM "Department" d JOIN "Region" r ON r.id = d."regionId" WHERE d.id = ANY(${ids})`,
  window: (ids) => Prisma.sql`SELECT id, name FROM "Window" WHERE id = ANY(${ids})`,
  staff: userNames,
  reviewer: userNames,
  item: (ids) => Prisma.sql`SELECT id, name FROM "ServiceItemVersion" WHERE id = ANY(${ids})`,
};
