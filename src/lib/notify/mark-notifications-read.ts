import 'server-only';
/** Whose notifications: only the reader's own id matters (notify depends on no other module's types). */
type Reader = { id: string };
import { db } from '@/lib/db';
import { markNotificationsReadSchema, type MarkNotificationsReadInput } from './schemas';

/**
 * Marks the actor's own unread notifications read, up to the newest one they
 * saw; a message delivered after the page was shown stays unread. Reading is
 * the person's own bookkeeping, not a transition of a case: no audit event.
 */
export async function markNotificationsRead(actor: Reader, input: MarkNotificationsReadInput, now = new Date()) {
  const data = markNotificationsReadSchema.parse(input);
  const marked = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, createdAt: { lte: new Date(data.upTo) } },
    data: { readAt: now },
  });
  return { marked: marked.count };
}
