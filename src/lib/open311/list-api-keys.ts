import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** The keys for the admin page, each with what it filed (the latest few) and how much. */
export async function listApiKeys(actor: Actor) {
  if (actor.role !== 'ADMIN') throw new AppError('NOT_FOUND');
  const keys = await db.apiKey.findMany({
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    select: {
      id: true,
      name: true,
      prefix: true,
      rateLimitPerHour: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      _count: { select: { requests: true } },
      requests: {
        orderBy: { createdAt: 'desc' },
        take: 5,
        select: { id: true, serviceCode: true, createdAt: true, inquiry: { select: { answeredAt: true } } },
      },
    },
  });
  return keys.map(({ _count, ...k }) => ({ ...k, filed: _count.requests }));
}
