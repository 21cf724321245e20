import 'server-only';
import { db, type Tx } from '@/lib/db';
import { DEFAULT_RECTIFICATION_LIMIT_DAYS } from './schemas';

export const RECTIFICATION_LIMIT_KEY = 'rectification-limit-days';

/** The working days a new rectification is due in: the setting, or 15 (domain.md) when none is stored. */
export async function getRectificationLimit(client: Tx = db): Promise<number> {
  const setting = await client.setting.findUnique({ where: { key: RECTIFICATION_LIMIT_KEY }, select: { value: true } });
  return typeof setting?.value === 'number' && setting.value > 0 ? setting.value : DEFAULT_RECTIFICATION_LIMIT_DAYS;
}
