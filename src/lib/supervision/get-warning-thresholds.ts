import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** When cases and steps turn yellow, as the thresholds form shows it: working days, and the share of the limit in percent. */
export async function getWarningThresholds(actor: Actor) {
  assertRole(actor, ['SUPERVISOR']);
  const setting = await db.setting.findUnique({ where: { key: 'warning-thresholds' }, select: { value: true } });
  const t = (setting?.value ?? {}) as { days?: number; ratio?: number };
  return { days: t.days ?? 1, percent: Math.round((t.ratio ?? 0.2) * 100) };
}
