import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { retireItem } from './retire-item';

/** 取消事项: the item is no longer offered (e.g. the power was abolished). */
export async function cancelServiceItem(actor: Actor, input: { itemId: string; reason: string }, now = new Date()) {
  assertRole(actor, ['ADMIN']);
  return db.$transaction(async (tx) => {
    const item = await tx.serviceItem.findUnique({ where: { id: input.itemId }, select: { status: true } });
    if (!item) throw new AppError('NOT_FOUND');
    if (item.status !== 'ACTIVE') throw new AppError('INVALID_TRANSITION');
    await retireItem(tx, actor, input.itemId, 'CANCELLED', input.reason, { at: now.toISOString() });
    return { itemId: input.itemId };
  });
}
