import 'server-only';
import type { z } from 'zod';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { shanghaiDate } from '@/lib/clock/calendar';
import { db } from '@/lib/db';
import { ticketCode } from './queue-kinds';
import { callNextTicketSchema } from './schemas';

/**
 * 叫号: calls today's next waiting number of a kind to the clerk's window.
 * The ticket the clerk was still serving counts as served (pressing "next" is
 * how a window says it is done). Concurrent calls from several windows each
 * get a different ticket: the oldest waiting row is taken with
 * FOR UPDATE SKIP LOCKED, so a row another window is calling is skipped, not
 * waited for. Returns null when nobody is waiting.
 */
export async function callNextTicket(actor: Actor, input: z.input<typeof callNextTicketSchema>, now = new Date()) {
  assertRole(actor, WINDOW_ROLES, 'window');
  const { kind } = callNextTicketSchema.parse(input);
  const windowId = actor.windowId;
  const day = shanghaiDate(now);
  return db.$transaction(async (tx) => {
    const current = await tx.queueTicket.findMany({ where: { day, status: 'CALLED', calledById: actor.id }, select: { id: true } });
    for (const ticket of current) {
      const done = await tx.queueTicket.updateMany({ where: { id: ticket.id, status: 'CALLED' }, data: { status: 'SERVED', finishedAt: now } });
      if (done.count === 1) await recordAudit(tx, { actor, entity: 'QueueTicket', entityId: ticket.id, action: 'serve-ticket', from: 'CALLED', to: 'SERVED' });
    }
    const [next] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "QueueTicket"
      WHERE day = ${day} AND business = ${kind} AND status = 'WAITING'
      ORDER BY number
      LIMIT 1
      FOR UPDATE SKIP LOCKED`;
    if (!next) return null;
    const ticket = await tx.queueTicket.update({
      where: { id: next.id },
      data: { status: 'CALLED', calledAt: now, calledById: actor.id, windowId, callCount: 1 },
      select: { id: true, business: true, number: true, calledAt: true },
    });
    await recordAudit(tx, { actor, entity: 'QueueTicket', entityId: ticket.id, action: 'call-ticket', from: 'WAITING', to: 'CALLED', data: { windowId } });
    return { id: ticket.id, kind: ticket.business, number: ticket.number, code: ticketCode(ticket.business, ticket.number), calledAt: ticket.calledAt! };
  });
}
