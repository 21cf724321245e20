import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** The subscribers for the admin page, with how their deliveries stand. Secrets are not listed. */
export async function listSubscribers(actor: Actor) {
  if (actor.role !== 'ADMIN') throw new AppError('NOT_FOUND');
  const [subscribers, counts] = await Promise.all([
    db.eventSubscriber.findMany({
      orderBy: [{ active: 'desc' }, { createdAt: 'desc' }],
      select: { id: true, name: true, url: true, types: true, personalData: true, active: true, createdAt: true },
    }),
    db.eventDelivery.groupBy({ by: ['subscriberId', 'status'], _count: { _all: true } }),
  ]);
  return subscribers.map((s) => {
    const count = (status: string) => counts.find((c) => c.subscriberId === s.id && c.status === status)?._count._all ?? 0;
    return { ...s, sent: count('SENT'), pending: count('PENDING') + count('SENDING'), failed: count('FAILED') };
  });
}
