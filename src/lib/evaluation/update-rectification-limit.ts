import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { getRectificationLimit, RECTIFICATION_LIMIT_KEY } from './get-rectification-limit';
import { rectificationLimitSchema, type RectificationLimitInput } from './schemas';

/**
 * Sets the limit of rectifications in working days. Rectifications already
 * opened keep the due date they were given: the department was told that one.
 */
export async function updateRectificationLimit(actor: Actor, input: RectificationLimitInput) {
  assertRole(actor, ['ADMIN', 'SUPERVISOR']);
  const { days } = rectificationLimitSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await getRectificationLimit(tx);
    await tx.setting.upsert({ where: { key: RECTIFICATION_LIMIT_KEY }, create: { key: RECTIFICATION_LIMIT_KEY, value: days }, update: { value: days } });
    await recordAudit(tx, { actor, entity: 'Setting', entityId: RECTIFICATION_LIMIT_KEY, action: 'update-rectification-limit', data: { before, after: days } });
    return { days };
  });
}
