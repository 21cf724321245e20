import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

const PAGE = 50;

/** One subscriber's delivery log for the admin: the latest deliveries, each with its attempts. */
export async function listDeliveries(actor: Actor, subscriberId: string, options: { status?: 'PENDING' | 'SENDING' | 'SENT' | 'FAILED' } = {}) {
  if (actor.role !== 'ADMIN') throw new AppError('NOT_FOUND');
  const subscriber = await db.eventSubscriber.findUnique({
    where: { id: subscriberId },
    select: { id: true, name: true, url: true, types: true, personalData: true, active: true, createdAt: true },
  });
  if (!subscriber) throw new AppError('NOT_FOUND');
  const deliveries = await db.eventDelivery.findMany({
    where: { subscriberId, ...(options.status ? { status: options.status } : {}) },
    orderBy: { seq: 'desc' },
    take: PAGE,
    select: {
      id: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      deliveredAt: true,
      lastStatus: true,
      lastError: true,
      createdAt: true,
      event: { select: { id: true, type: true, subject: true, time: true } },
      log: { orderBy: { at: 'desc' }, take: 10, select: { id: true, at: true, httpStatus: true, error: true, durationMs: true, replay: true } },
    },
  });
  return { subscriber, deliveries: deliveries.map((d) => ({ ...d, log: d.log.map((l) => ({ ...l, id: l.id.toString() })) })) };
}
