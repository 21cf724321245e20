import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { Tx } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';

/**
 * Shared by cancel, merge and split: the item leaves the public catalog. Its
 * published version is retired and an unpublished draft dropped; applications
 * already filed keep their version.
 */
export async function retireItem(
  tx: Tx,
  actor: Actor,
  itemId: string,
  status: 'CANCELLED' | 'MERGED' | 'SPLIT',
  reason: string,
  data: Record<string, string | string[]> = {},
) {
  const published = await tx.serviceItemVersion.findMany({ where: { itemId, status: 'PUBLISHED' }, select: { id: true } });
  for (const v of published) {
    await tx.serviceItemVersion.update({ where: { id: v.id }, data: { status: 'RETIRED' } });
    await recordAudit(tx, { actor, entity: 'ServiceItemVersion', entityId: v.id, action: 'retire', from: 'PUBLISHED', to: 'RETIRED', reason });
  }
  await tx.serviceItemVersion.deleteMany({ where: { itemId, status: 'DRAFT', applications: { none: {} } } });
  await tx.serviceItem.update({ where: { id: itemId }, data: { status } });
  await recordAudit(tx, {
    actor,
    entity: 'ServiceItem',
    entityId: itemId,
    action: status.toLowerCase() as Lowercase<typeof status>,
    from: 'ACTIVE',
    to: status,
    reason,
    data,
  });
}
