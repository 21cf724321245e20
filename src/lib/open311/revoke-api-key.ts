import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { revokeApiKeySchema } from './schemas';

/** Revoking is final: the partner gets a new key if it is to file again. */
export async function revokeApiKey(actor: Actor, input: { id: string }, now = new Date()) {
  if (actor.role !== 'ADMIN') throw new AppError('NOT_FOUND');
  const { id } = revokeApiKeySchema.parse(input);
  return db.$transaction(async (tx) => {
    const { count } = await tx.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
    if (count !== 1) throw new AppError((await tx.apiKey.count({ where: { id } })) ? 'INVALID_TRANSITION' : 'NOT_FOUND');
    await recordAudit(tx, { actor, entity: 'ApiKey', entityId: id, action: 'revoke-api-key' });
    return { id };
  });
}
