import 'server-only';
import type { z } from 'zod';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { finishTicketSchema } from './schemas';

/**
 * Ends the clerk's called ticket: served, or no-show (过号) when nobody came
 * after the calls. Only the window that called it may end it; a ticket that
 * is no longer called (ended twice, by a double click) is "not found".
 */
export async function finishTicket(actor: Actor, input: z.input<typeof finishTicketSchema>, now = new Date()) {
  assertRole(actor, WINDOW_ROLES);
  const { ticketId, outcome } = finishTicketSchema.parse(input);
  return db.$transaction(async (tx) => {
    const updated = await tx.queueTicket.updateMany({
      where: { id: ticketId, status: 'CALLED', calledById: actor.id },
      data: { status: outcome, finishedAt: now },
    });
    if (updated.count !== 1) throw new AppError('NOT_FOUND');
    await recordAudit(tx, {
      actor,
      entity: 'QueueTicket',
      entityId: ticketId,
      action: outcome === 'SERVED' ? 'serve-ticket' : 'no-show-ticket',
      from: 'CALLED',
      to: outcome,
    });
    return { id: ticketId, status: outcome };
  });
}
