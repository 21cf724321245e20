import 'server-only';
import { db, type Tx } from '@/lib/db';
import { getHallOpening } from '@/lib/hall/hall-opening';
import { CENTER } from '@/lib/center';

/**
 * Where and when a result is collected: the center's result windows (出件窗口)
 * and the hall's opening days and hours as the admin set them (/admin/settings).
 */
export async function getPickupPlace(client: Pick<Tx, 'setting' | 'window'> = db) {
  const [opening, windows] = await Promise.all([
    getHallOpening(client),
    client.window.findMany({ where: { kind: 'RESULT' }, select: { code: true, name: true }, orderBy: { code: 'asc' } }),
  ]);
  return { center: CENTER, windows: windows.map((w) => `${w.name}（${w.code}）`), opening };
}
export type PickupPlace = Awaited<ReturnType<typeof getPickupPlace>>;

const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** The opening days and hours in one line of Chinese, for messages (周一至周五 09:00–17:00). */
export function openingLine(opening: PickupPlace['opening']): string {
  const days = [...opening.weekdays].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  const run = days.length > 2 && days.every((d, i) => i === 0 || (d + 6) % 7 === ((days[i - 1]! + 6) % 7) + 1);
  const names = run ? `${WEEKDAY_NAMES[days[0]!]}至${WEEKDAY_NAMES[days.at(-1)!]}` : days.map((d) => WEEKDAY_NAMES[d]).join('、');
  return `${names} ${opening.open}–${opening.close}（法定节假日除外）`;
}
