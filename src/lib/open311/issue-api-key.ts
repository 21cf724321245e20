import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { newApiKey } from './api-key-hash';
import { issueApiKeySchema, type IssueApiKeyInput } from './schemas';

/** The admin issues a key to a partner system; the key is returned this once and only its hash is kept. */
export async function issueApiKey(actor: Actor, input: IssueApiKeyInput) {
  if (actor.role !== 'ADMIN') throw new AppError('NOT_FOUND');
  const data = issueApiKeySchema.parse(input);
  const { key, prefix, keyHash } = newApiKey();
  return db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: { name: data.name, rateLimitPerHour: data.rateLimitPerHour, prefix, keyHash, createdById: actor.id },
      select: { id: true, name: true },
    });
    await recordAudit(tx, {
      actor,
      entity: 'ApiKey',
      entityId: created.id,
      action: 'issue-api-key',
      data: { name: data.name, rateLimitPerHour: data.rateLimitPerHour, prefix },
    });
    return { ...created, key };
  });
}
