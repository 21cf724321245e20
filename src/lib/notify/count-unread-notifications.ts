import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** How many of the actor's own notifications are unread, and when the newest of them arrived. */
export async function countUnreadNotifications(actor: Actor) {
  const unread = await db.notification.aggregate({
    where: { userId: actor.id, readAt: null },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  return { count: unread._count._all, newestAt: unread._max.createdAt };
}
