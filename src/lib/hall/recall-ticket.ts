import 'server-only';
import type { z } from 'zod';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ticketIdSchema } from './schemas';

/** 重呼: calls the clerk's current ticket again; the fresh call time puts it back on top of the hall screen. */
export async function recallTicket(actor: Actor, input: z.input<typeof ticketIdSchema>, now = new Date()) {
  assertRole(actor, WINDOW_ROLES);
  const { ticketId } = ticketIdSchema.parse(input);
  return db.$transaction(async (tx) => {
    const updated = await tx.queueTicket.updateMany({
      where: { id: ticketId, status: 'CALLED', calledById: actor.id },
      data: { calledAt: now, callCount: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError('NOT_FOUND');
    await recordAudit(tx, { actor, entity: 'QueueTicket', entityId: ticketId, action: 'recall-ticket', from: 'CALLED', to: 'CALLED' });
    return { id: ticketId, calledAt: now };
  });
}
