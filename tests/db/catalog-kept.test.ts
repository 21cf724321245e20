// Reads of the public catalog are kept per process while the catalog is
// unchanged, and read again after any change to it (CatalogRevision, raised by
// triggers): src/lib/catalog/kept-while-unchanged.ts.
import { describe, expect, it } from 'vitest';
import { searchBundles } from '@/lib/bundles/search-bundles';
import { getServiceGuide } from '@/lib/catalog/get-service-guide';
import { listCatalogFacets, searchServiceItems } from '@/lib/catalog/search-service-items';
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

describe('search results, facets and bundles kept while the catalog is unchanged', () => {
  it('answer the same query from what is kept, and show a change to any of them at once', async () => {
    const first = await searchServiceItems({ q: '护照' });
    expect(first.items.length).toBeGreaterThan(0);
    expect(await searchServiceItems({ q: '护照' })).toBe(first);
    expect(await searchServiceItems({ q: '护照', page: 1 })).toBe(first); // the same query once validated
    expect(await searchServiceItems({ q: '身份证' })).not.toBe(first);

    const item = first.items[0]!;
    await db.serviceItemVersion.update({ where: { id: item.id }, data: { name: `${item.name}（测试改名）` } });
    expect((await searchServiceItems({ q: '护照' })).items.map((i) => i.name)).toContain(`${item.name}（测试改名）`);

    const facets = await listCatalogFacets();
    expect(await listCatalogFacets()).toBe(facets);
    await db.serviceItemVersion.update({ where: { id: item.id }, data: { lifeEvents: { push: '测试人生事件' } } });
    expect((await listCatalogFacets()).lifeEvents).toContain('测试人生事件');

    const bundles = await searchBundles({});
    expect(bundles.length).toBeGreaterThan(0);
    expect(await searchBundles({})).toBe(bundles);
    await db.bundleVersion.updateMany({ where: { status: 'PUBLISHED' }, data: { status: 'RETIRED' } });
    expect(await searchBundles({})).toEqual([]);
  });
});
