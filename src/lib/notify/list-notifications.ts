import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** The actor's in-app inbox, newest first. */
export async function listNotifications(actor: Actor, take = 20) {
  return db.notification.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, title: true, body: true, link: true, createdAt: true, readAt: true },
  });
}
