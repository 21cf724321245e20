import 'server-only';
import { shanghaiDate } from '@/lib/clock/calendar';
import { db } from '@/lib/db';
import { QUEUE_KINDS, ticketCode } from './queue-kinds';

/**
 * The public hall screen (no sign-in): the numbers being called now with their
 * windows, the last calls, and how many wait per kind. Only ticket numbers and
 * window names: nothing about people.
 */
export async function getHallBoard(now = new Date()) {
  const day = shanghaiDate(now);
  const [calls, waiting, windows] = await Promise.all([
    db.queueTicket.findMany({
      where: { day, calledAt: { not: null } },
      orderBy: { calledAt: 'desc' },
      take: 12,
      select: { id: true, business: true, number: true, status: true, calledAt: true, windowId: true, callCount: true },
    }),
    db.queueTicket.groupBy({ by: ['business'], where: { day, status: 'WAITING' }, _count: { _all: true } }),
    db.window.findMany({ select: { id: true, code: true, name: true } }),
  ]);
  const shown = calls.map((c) => {
    const window = windows.find((w) => w.id === c.windowId);
    return {
      id: c.id,
      kind: c.business,
      code: ticketCode(c.business, c.number),
      calledAt: c.calledAt!,
      recalled: c.callCount > 1,
      status: c.status,
      windowCode: window?.code ?? '',
      windowName: window?.name ?? '',
    };
  });
  return {
    day,
    calling: shown.filter((c) => c.status === 'CALLED'),
    recent: shown.slice(0, 8),
    waiting: QUEUE_KINDS.map((k) => ({ kind: k.key, count: waiting.find((w) => w.business === k.key)?._count._all ?? 0 })),
  };
}
