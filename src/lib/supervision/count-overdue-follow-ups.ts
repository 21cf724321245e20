import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/**
 * What the supervisor's board flags beside the deadlines (issue 7): open
 * rectifications past their due date, rectification claims (无法整改 / 无效差评)
 * awaiting a supervisor's review, and complaints not answered by their due date.
 * The same rules as the overdue flags of listRectifications and listComplaints.
 */
export async function countOverdueFollowUps(actor: Actor, now = new Date()) {
  assertRole(actor, ['SUPERVISOR']);
  const [overdueRectifications, awaitingReview, overdueComplaints] = await Promise.all([
    db.rectification.count({ where: { closedAt: null, dueAt: { lt: now } } }),
    db.rectification.count({ where: { closedAt: null, status: { in: ['CANNOT_RECTIFY', 'INVALID_RATING'] } } }),
    db.complaint.count({ where: { answeredAt: null, dueAt: { lt: now } } }),
  ]);
  return { overdueRectifications, awaitingReview, overdueComplaints };
}
