import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { atShanghai, shanghaiDate } from '@/lib/clock/calendar';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record-audit';
import { versionActions } from './version-rules';

/**
 * Publishing supersedes the published version, which becomes RETIRED.
 * Applications keep pointing at the version they were filed under.
 * The effective date may be today or earlier, never later: the catalog serves
 * exactly one published version per item, so a future date would put the new
 * guide in force before its day. Such a change is published on its day.
 */
export async function publishVersion(actor: Actor, input: { versionId: string; effectiveFrom?: string }, now = new Date()) {
  assertRole(actor, ['ADMIN']);
  if (input.effectiveFrom && input.effectiveFrom > shanghaiDate(now))
    throw new AppError('INVALID_INPUT', { fieldErrors: { effectiveFrom: ['effectiveInFuture'] } });
  return db.$transaction(async (tx) => {
    const draft = await tx.serviceItemVersion.findUnique({
      where: { id: input.versionId },
      select: { id: true, itemId: true, status: true, name: true, version: true, item: { select: { status: true } } },
    });
    if (!draft) throw new AppError('NOT_FOUND');
    if (!versionActions({ status: draft.status, itemStatus: draft.item.status }).publish) throw new AppError('INVALID_TRANSITION');
    const effectiveFrom = input.effectiveFrom ? atShanghai(input.effectiveFrom, '00:00') : now;
    const old = await tx.serviceItemVersion.findMany({ where: { itemId: draft.itemId, status: 'PUBLISHED' }, select: { id: true } });
    for (const o of old) {
      await tx.serviceItemVersion.update({ where: { id: o.id }, data: { status: 'RETIRED' } });
      await recordAudit(tx, {
        actor,
        entity: 'ServiceItemVersion',
        entityId: o.id,
        action: 'retire',
        from: 'PUBLISHED',
        to: 'RETIRED',
        data: { supersededBy: draft.version },
      });
    }
    await tx.serviceItemVersion.update({ where: { id: draft.id }, data: { status: 'PUBLISHED', effectiveFrom } });
    await tx.serviceItem.update({ where: { id: draft.itemId }, data: { name: draft.name } });
    await recordAudit(tx, {
      actor,
      entity: 'ServiceItemVersion',
      entityId: draft.id,
      action: 'publish',
      from: 'DRAFT',
      to: 'PUBLISHED',
      data: { version: draft.version, effectiveFrom: effectiveFrom.toISOString() },
    });
    return { versionId: draft.id, itemId: draft.itemId };
  });
}
