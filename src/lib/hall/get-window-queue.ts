import 'server-only';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { shanghaiDate } from '@/lib/clock/calendar';
import { db } from '@/lib/db';
import { QUEUE_KINDS, ticketCode } from './queue-kinds';

/** What a window clerk needs to call numbers: their window, the ticket they are serving, today's waiting counts and their last tickets. */
export async function getWindowQueue(actor: Actor, now = new Date()) {
  assertRole(actor, WINDOW_ROLES);
  const day = shanghaiDate(now);
  const [window, current, waiting, handled] = await Promise.all([
    actor.windowId ? db.window.findUnique({ where: { id: actor.windowId }, select: { code: true, name: true } }) : null,
    db.queueTicket.findFirst({
      where: { day, status: 'CALLED', calledById: actor.id },
      orderBy: { calledAt: 'desc' },
      select: { id: true, business: true, number: true, calledAt: true, callCount: true, takenAt: true },
    }),
    db.queueTicket.groupBy({ by: ['business'], where: { day, status: 'WAITING' }, _count: { _all: true } }),
    db.queueTicket.findMany({
      where: { day, calledById: actor.id, status: { in: ['SERVED', 'NO_SHOW'] } },
      orderBy: { finishedAt: 'desc' },
      take: 10,
      select: { id: true, business: true, number: true, status: true, finishedAt: true },
    }),
  ]);
  return {
    window,
    current: current
      ? {
          id: current.id,
          kind: current.business,
          code: ticketCode(current.business, current.number),
          calledAt: current.calledAt!,
          callCount: current.callCount,
          takenAt: current.takenAt,
        }
      : null,
    waiting: QUEUE_KINDS.map((k) => ({ kind: k.key, count: waiting.find((w) => w.business === k.key)?._count._all ?? 0 })),
    handled: handled.map((h) => ({
      id: h.id,
      kind: h.business,
      code: ticketCode(h.business, h.number),
      status: h.status as 'SERVED' | 'NO_SHOW',
      finishedAt: h.finishedAt,
    })),
  };
}
