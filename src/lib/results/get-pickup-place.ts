import 'server-only';
import { db, type Tx } from '@/lib/db';
import { getHallOpening } from '@/lib/hall/hall-opening';
import { CENTER } from '@/lib/center';

/**
 * Where and when a result is collected: the center's result windows (出件窗口)
 * and the hall's opening days and hours as the admin set them (/admin/settings).
 */
export async function getPickupPlace(client: Pick<Tx, 'setting' | 'window'> = db) {
  // One after the other: the client may be a transaction, whose connection runs one query at a time.
  const opening = await getHallOpening(client);
  const windows = await client.window.findMany({ where: { kind: 'RESULT' }, select: { code: true, name: true }, orderBy: { code: 'asc' } });
  return { center: CENTER, windows: windows.map((w) => `${w.name}（${w.code}）`), opening };
}
