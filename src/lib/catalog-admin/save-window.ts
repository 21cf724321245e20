import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record-audit';

type Input = { id?: string; code: string; name: string; kind: 'GENERAL_INTAKE' | 'RESULT'; regionCode: string };

/** Creates a window, or changes one when `id` is given. */
export async function saveWindow(actor: Actor, input: Input) {
  assertRole(actor, ['ADMIN']);
  return db.$transaction(async (tx) => {
    const fieldErrors: Record<string, string[]> = {};
    const region = await tx.region.findUnique({ where: { code: input.regionCode }, select: { id: true } });
    if (!region) fieldErrors.regionCode = ['unknownRegion'];
    const sameCode = await tx.window.findUnique({ where: { code: input.code }, select: { id: true } });
    if (sameCode && sameCode.id !== input.id) fieldErrors.code = ['codeTaken'];
    if (Object.keys(fieldErrors).length) throw new AppError('INVALID_INPUT', { fieldErrors });
    const data = { code: input.code, name: input.name, kind: input.kind, regionId: region!.id };
    if (input.id) {
      const before = await tx.window.findUnique({ where: { id: input.id }, select: { code: true, name: true, kind: true } });
      if (!before) throw new AppError('NOT_FOUND');
      await tx.window.update({ where: { id: input.id }, data });
      await recordAudit(tx, {
        actor,
        entity: 'Window',
        entityId: input.id,
        action: 'update',
        data: { before, after: { code: input.code, name: input.name, kind: input.kind } },
      });
      return { id: input.id };
    }
    const created = await tx.window.create({ data, select: { id: true } });
    await recordAudit(tx, { actor, entity: 'Window', entityId: created.id, action: 'create', data: { code: input.code, name: input.name } });
    return created;
  });
}
