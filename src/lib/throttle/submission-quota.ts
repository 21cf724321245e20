import 'server-only';
import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';

/*
 * How many questions and complaints one account may send. Each one notifies a
 * whole department or every supervisor, so a script sending 25 in a second
 * floods real people's inboxes. The count is taken from the rows themselves
 * inside the transaction that adds the next one, under an advisory lock per
 * account and kind: exact, shared by every app instance, and racing requests
 * queue instead of all passing the check at once.
 */
export const SUBMISSION_LIMITS = {
  inquiry: [
    { windowMs: 10 * 60_000, max: 5 },
    { windowMs: 24 * 3_600_000, max: 20 },
  ],
  complaint: [
    { windowMs: 3_600_000, max: 3 },
    { windowMs: 24 * 3_600_000, max: 10 },
  ],
} as const;

type Kind = keyof typeof SUBMISSION_LIMITS;

export async function checkSubmissionQuota(tx: Tx, kind: Kind, actorId: string, now: Date): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${kind}:${actorId}`}))`;
  for (const { windowMs, max } of SUBMISSION_LIMITS[kind]) {
    const since = new Date(now.getTime() - windowMs);
    const sent =
      kind === 'inquiry'
        ? await tx.inquiry.count({ where: { askerId: actorId, createdAt: { gt: since, lte: now } } })
        : await tx.complaint.count({ where: { complainantId: actorId, createdAt: { gt: since, lte: now } } });
    if (sent >= max) throw new AppError('RATE_LIMITED', { retryAfterSeconds: Math.ceil(windowMs / 1000) });
  }
}
