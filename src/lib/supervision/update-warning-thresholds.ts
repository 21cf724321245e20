import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { forgetClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import type { WarningThresholdsInput } from './schemas';

/** Sets when cases, steps and waiting submissions turn yellow; the worker applies it within a minute. */
export async function updateWarningThresholds(actor: Actor, input: WarningThresholdsInput) {
  assertRole(actor, ['ADMIN', 'SUPERVISOR']);
  const value = { days: input.days, ratio: input.percent / 100 };
  await db.$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key: 'warning-thresholds' }, select: { value: true } });
    await tx.setting.upsert({ where: { key: 'warning-thresholds' }, create: { key: 'warning-thresholds', value }, update: { value } });
    await recordAudit(tx, {
      actor,
      entity: 'Setting',
      entityId: 'warning-thresholds',
      action: 'update-warning-thresholds',
      data: { before: before?.value ?? null, after: value },
    });
  });
  forgetClock();
  return value;
}
