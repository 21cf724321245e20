// A published guide is kept per process while the catalog is unchanged, and
// read again after any change to it (CatalogRevision, raised by triggers).
import { describe, expect, it } from 'vitest';
import { getServiceGuide } from '@/lib/catalog/get-service-guide';
import { db } from '@/lib/db';

const code = '511A0147300000';

describe('a guide kept while the catalog is unchanged', () => {
  it('is the same object until the catalog changes, then shows the change', async () => {
    const first = (await getServiceGuide(code))!;
    expect(await getServiceGuide(code)).toBe(first);

    // Any write to a catalog table renews it, even one elsewhere that changes no row: the revision is one for the whole catalog.
    await db.department.updateMany({ where: { code: 'nothing-has-this-code' }, data: { name: 'x' } });
    const afterOther = (await getServiceGuide(code))!;
    expect(afterOther).not.toBe(first);
    expect(afterOther).toEqual(first);

    const published = await db.serviceItemVersion.findFirstOrThrow({ where: { item: { basicCode: code }, status: 'PUBLISHED' } });
    await db.serviceItemVersion.update({ where: { id: published.id }, data: { fee: '收费 5 元（测试）' } });
    expect((await getServiceGuide(code))!.fee).toBe('收费 5 元（测试）');

    await db.materialRequirement.updateMany({ where: { versionId: published.id }, data: { note: '原件核验后退回（测试）' } });
    expect((await getServiceGuide(code))!.materials.every((m) => m.note === '原件核验后退回（测试）')).toBe(true);
  });

  it('is frozen: a caller cannot change what the next visitor sees', async () => {
    const guide = (await getServiceGuide(code))!;
    expect(() => (guide.materials as unknown[]).push({})).toThrow(TypeError);
    expect(() => Object.assign(guide.materials[0]!, { name: 'changed' })).toThrow(TypeError);
    expect((await getServiceGuide(code))!.materials[0]!.name).not.toBe('changed');
  });

  it('is read afresh, not kept, when the catalog has no revision row', async () => {
    await db.$executeRaw`DELETE FROM "CatalogRevision"`;
    const a = await getServiceGuide(code);
    const b = await getServiceGuide(code);
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
  });

  it('is null for an item with no published version', async () => {
    expect(await getServiceGuide('no-such-code')).toBeNull();
    expect(await getServiceGuide('no-such-code')).toBeNull();
  });
});
