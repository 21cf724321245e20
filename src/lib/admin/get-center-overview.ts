import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** Past this many, the applications are estimated rather than counted. */
const COUNTED_UP_TO = 100_000;

/**
 * Counts of what the center keeps, for the admin's home page. The
 * applications are counted exactly while that is cheap; past 100,000 (an exact
 * count reads every one: 200-400 ms at 1,000,000) the page shows PostgreSQL's
 * estimate of the table's rows (pg_class.reltuples, kept by autovacuum and
 * ANALYZE), marked as approximate.
 */
export async function getCenterOverview(actor: Actor, countedUpTo = COUNTED_UP_TO) {
  assertRole(actor, ['ADMIN']);
  const [items, departments, windows, users, calendarDays, [table]] = await Promise.all([
    db.serviceItemVersion.count({ where: { status: 'PUBLISHED' } }),
    db.department.count(),
    db.window.count(),
    db.user.count(),
    db.calendarDay.count(),
    db.$queryRaw<{ rows: number }[]>`SELECT reltuples::float8 AS rows FROM pg_class WHERE oid = '"Application"'::regclass`,
  ]);
  const estimated = (table?.rows ?? 0) > countedUpTo;
  const applications = estimated ? Math.round(table!.rows) : await db.application.count({ where: { status: { not: 'DRAFT' } } });
  return { items, departments, windows, users, calendarDays, applications: { count: applications, estimated } };
}
