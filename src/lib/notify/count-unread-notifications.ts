import 'server-only';
/** Whose notifications: only the reader's own id matters (notify depends on no other module's types). */
type Reader = { id: string };
import { db } from '@/lib/db';

/** How many of the actor's own notifications are unread, and when the newest of them arrived. */
export async function countUnreadNotifications(actor: Reader) {
  const unread = await db.notification.aggregate({
    where: { userId: actor.id, readAt: null },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  return { count: unread._count._all, newestAt: unread._max.createdAt };
}
