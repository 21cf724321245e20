import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record-audit';
import { toDocument, versionDocumentSelect, writeVersion } from './version-document';

/**
 * 下放 / 上收: the item moves to another level and department. It is published
 * at once as a new version copied from the current one; the old one retires.
 */
export async function delegateServiceItem(
  actor: Actor,
  input: { itemId: string; level: 'PROVINCE' | 'CITY' | 'COUNTY'; departmentCode: string; reason: string },
  now = new Date(),
) {
  assertRole(actor, ['ADMIN']);
  return db.$transaction(async (tx) => {
    const item = await tx.serviceItem.findUnique({ where: { id: input.itemId }, select: { status: true } });
    if (!item) throw new AppError('NOT_FOUND');
    const current = await tx.serviceItemVersion.findFirst({
      where: { itemId: input.itemId, status: 'PUBLISHED' },
      select: { ...versionDocumentSelect, id: true, version: true },
    });
    if (item.status !== 'ACTIVE' || !current) throw new AppError('INVALID_TRANSITION');
    const department = await tx.department.findUnique({ where: { code: input.departmentCode }, select: { region: { select: { level: true } } } });
    if (!department) throw new AppError('INVALID_INPUT', { fieldErrors: { departmentCode: ['unknownDepartment'] } });
    if (department.region.level !== input.level) throw new AppError('INVALID_INPUT', { fieldErrors: { departmentCode: ['departmentLevel'] } });
    const last = await tx.serviceItemVersion.findFirstOrThrow({ where: { itemId: input.itemId }, orderBy: { version: 'desc' }, select: { version: true } });
    await tx.serviceItemVersion.deleteMany({ where: { itemId: input.itemId, status: 'DRAFT', applications: { none: {} } } });
    await tx.serviceItemVersion.update({ where: { id: current.id }, data: { status: 'RETIRED' } });
    const doc = { ...toDocument(current), level: input.level, departmentCode: input.departmentCode };
    const versionId = await writeVersion(tx, { itemId: input.itemId, version: last.version + 1, status: 'PUBLISHED', effectiveFrom: now }, doc);
    await recordAudit(tx, {
      actor,
      entity: 'ServiceItemVersion',
      entityId: current.id,
      action: 'retire',
      from: 'PUBLISHED',
      to: 'RETIRED',
      reason: input.reason,
    });
    await recordAudit(tx, {
      actor,
      entity: 'ServiceItem',
      entityId: input.itemId,
      action: 'delegate',
      reason: input.reason,
      data: { fromLevel: current.level, toLevel: input.level, fromDepartment: current.department.code, toDepartment: input.departmentCode, versionId },
    });
    return { itemId: input.itemId, versionId };
  });
}
