import 'server-only';
import { shanghaiDate } from '@/lib/clock/calendar';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { beginAttempt, type Rule } from '@/lib/limits/failure-throttle';
import { getHallOpeningNow } from './hall-opening';
import { ticketCode } from './queue-kinds';
import { takeQueueTicketSchema } from './schemas';

// The kiosk needs no sign-in, so a script could take every number of the day.
// A kiosk in the hall serves many people from one address; 60 an hour is far
// above what one machine prints and far below a flood. Counted in the database,
// shared by every instance (src/lib/limits/failure-throttle.ts).
const byAddress: Rule = { name: 'queue-take', free: 60, baseSeconds: 60, maxSeconds: 60 * 60, windowSeconds: 60 * 60, fixedWindow: true };

/**
 * 取号: a walk-in takes the next number of a kind of business for today
 * (Asia/Shanghai). Numbers of one kind and day are handed out under a
 * transaction-scoped advisory lock, so concurrent takes never get the same
 * number (the unique index on day, kind and number backs this up). Returns the
 * ticket and how many of the same kind are waiting ahead of it. Outside the
 * hall's opening days and hours nobody would call the number, so none is given.
 */
export async function takeQueueTicket(input: { kind: string; clientAddress: string }, now = new Date()) {
  const { kind } = takeQueueTicketSchema.parse(input);
  const { wait } = await beginAttempt([{ rule: byAddress, parts: [input.clientAddress || 'unknown'] }], now);
  if (wait > 0) throw new AppError('RATE_LIMITED', { retryAfterSeconds: wait });
  const state = await getHallOpeningNow(now);
  if (!state.open) throw new AppError('HALL_CLOSED', { reason: state.reason });
  const day = shanghaiDate(now);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`queue:${day}:${kind}`}))`;
    const last = await tx.queueTicket.findFirst({ where: { day, business: kind }, orderBy: { number: 'desc' }, select: { number: true } });
    const ticket = await tx.queueTicket.create({
      data: { day, business: kind, number: (last?.number ?? 0) + 1, takenAt: now },
      select: { id: true, number: true, takenAt: true },
    });
    const ahead = await tx.queueTicket.count({ where: { day, business: kind, status: 'WAITING', number: { lt: ticket.number } } });
    return { id: ticket.id, kind, number: ticket.number, code: ticketCode(kind, ticket.number), takenAt: ticket.takenAt, ahead };
  });
}
