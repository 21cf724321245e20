// The two hand-drawn “一件事（集成办理）” catalog items give way to the real
// bundles of their members (docs/bundles.md). `npm start` retires them through
// the admin's use case after the demo has filed the older cases that still run
// on them (a case keeps its version), so the demo shows both: those cases, and
// the old guide addresses leading to the bundles. The tests' seed keeps them
// offered: the routing tests use 企业开办 as the catalog's five-department 联办件.
import type { Actor } from '../src/lib/auth/actor';
import { retireIntoBundle } from '../src/lib/catalog-admin/retire-into-bundle';
import { db } from '../src/lib/db';

export const JOINT_ITEMS_REPLACED = [
  { name: '企业开办“一件事”（集成办理）', bundleCode: 'YJS-QYKB' },
  { name: '新生儿出生“一件事”（集成办理）', bundleCode: 'YJS-XSECS' },
] as const;

export async function retireJointItems(admin: Actor, now: Date): Promise<number> {
  let n = 0;
  for (const { name, bundleCode } of JOINT_ITEMS_REPLACED) {
    const item = await db.serviceItem.findFirst({ where: { name, status: 'ACTIVE' }, select: { id: true } });
    if (!item) continue;
    await retireIntoBundle(
      admin,
      { itemId: item.id, bundleCode, reason: '按“高效办成一件事”要求（国办发〔2024〕9号），改由“一件事”集成办理，不再单独受理' },
      now,
    );
    n++;
  }
  return n;
}
