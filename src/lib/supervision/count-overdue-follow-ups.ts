import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/**
 * What the supervisor's board flags beside the deadlines (issue 7): open
 * rectifications past their due date, rectification claims (无法整改 / 无效差评)
 * awaiting a supervisor's review, and complaints not answered by their due date.
 * The same rules as the overdue flags of listRectificationsPage and listComplaintsPage.
 * One query in SQL: three Prisma counts cost three compiled queries on every
 * load of the board (docs/performance.md, "The board").
 */
export async function countOverdueFollowUps(actor: Actor, now = new Date()) {
  assertRole(actor, ['SUPERVISOR']);
  // Timestamps are stored as UTC without a zone; an ISO string cast to timestamp compares as stored.
  const at = now.toISOString();
  const [counts] = await db.$queryRaw<{ overdueRectifications: number; awaitingReview: number; overdueComplaints: number }[]>`
    SELECT
      (SELECT count(*)::int FROM "Rectification" WHERE "closedAt" IS NULL AND "dueAt" < ${at}::timestamp) AS "overdueRectifications",
      (SELECT count(*)::int FROM "Rectification" WHERE "closedAt" IS NULL AND status IN ('CANNOT_RECTIFY', 'INVALID_RATING')) AS "awaitingReview",
      (SELECT count(*)::int FROM "Complaint" WHERE "answeredAt" IS NULL AND "dueAt" < ${at}::timestamp) AS "overdueComplaints"`;
  return counts;
}
