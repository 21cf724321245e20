import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { getHallOpening, HALL_OPENING_KEY } from './hall-opening';
import { hallOpeningSchema, type HallOpeningInput } from './opening-schema';

/** Sets the days and hours the hall hands out numbers (the kiosk refuses tickets outside them). */
export async function updateHallOpening(actor: Actor, input: HallOpeningInput) {
  if (actor.role !== 'ADMIN') throw new AppError('NOT_FOUND');
  const opening = hallOpeningSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await getHallOpening(tx);
    await tx.setting.upsert({ where: { key: HALL_OPENING_KEY }, create: { key: HALL_OPENING_KEY, value: opening }, update: { value: opening } });
    await recordAudit(tx, { actor, entity: 'Setting', entityId: HALL_OPENING_KEY, action: 'update-hall-opening', data: { before, after: opening } });
    return opening;
  });
}
