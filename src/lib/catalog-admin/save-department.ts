import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record-audit';

type Input = { id?: string; code: string; name: string; shortName: string | null; regionCode: string; upperDepartmentCode: string | null };

/** Creates a department, or changes one when `id` is given; every problem is reported at its field. */
export async function saveDepartment(actor: Actor, input: Input) {
  assertRole(actor, ['ADMIN']);
  return db.$transaction(async (tx) => {
    const fieldErrors: Record<string, string[]> = {};
    const region = await tx.region.findUnique({ where: { code: input.regionCode }, select: { id: true } });
    if (!region) fieldErrors.regionCode = ['unknownRegion'];
    const upper = input.upperDepartmentCode ? await tx.department.findUnique({ where: { code: input.upperDepartmentCode }, select: { id: true } }) : null;
    if (input.upperDepartmentCode && (!upper || upper.id === input.id)) fieldErrors.upperDepartmentCode = ['unknownDepartment'];
    const sameCode = await tx.department.findUnique({ where: { code: input.code }, select: { id: true } });
    if (sameCode && sameCode.id !== input.id) fieldErrors.code = ['codeTaken'];
    if (region) {
      const sameName = await tx.department.findFirst({ where: { regionId: region.id, name: input.name }, select: { id: true } });
      if (sameName && sameName.id !== input.id) fieldErrors.name = ['nameTaken'];
    }
    if (Object.keys(fieldErrors).length) throw new AppError('INVALID_INPUT', { fieldErrors });
    const data = { code: input.code, name: input.name, shortName: input.shortName, regionId: region!.id, upperDepartmentId: upper?.id ?? null };
    if (input.id) {
      const before = await tx.department.findUnique({ where: { id: input.id }, select: { code: true, name: true } });
      if (!before) throw new AppError('NOT_FOUND');
      await tx.department.update({ where: { id: input.id }, data });
      await recordAudit(tx, {
        actor,
        entity: 'Department',
        entityId: input.id,
        action: 'update',
        data: { before, after: { code: input.code, name: input.name } },
      });
      return { id: input.id };
    }
    const created = await tx.department.create({ data, select: { id: true } });
    await recordAudit(tx, { actor, entity: 'Department', entityId: created.id, action: 'create', data: { code: input.code, name: input.name } });
    return created;
  });
}
