import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getSuccessionChoices } from '@/lib/catalog-admin/get-succession-choices';
import { getVersionForEdit } from '@/lib/catalog-admin/get-version-for-edit';
import { mergeIntoNewItem } from '@/lib/catalog-admin/merge-into-new-item';
import { splitIntoParts } from '@/lib/catalog-admin/split-into-parts';
import { getRetiredItem } from '@/lib/catalog/get-retired-item';
import { getServiceGuide } from '@/lib/catalog/get-service-guide';
import { actorOf } from '../support/factories';
import { monday } from '../support/instants';

async function itemNamed(name: string) {
  return db.serviceItemVersion.findFirstOrThrow({
    where: { name, status: 'PUBLISHED' },
    select: { id: true, itemId: true, item: { select: { basicCode: true } } },
  });
}

async function publishedDocument(itemId: string) {
  const v = await db.serviceItemVersion.findFirstOrThrow({ where: { itemId, status: 'PUBLISHED' }, select: { id: true } });
  return (await getVersionForEdit(await actorOf('admin'), v.id)).document;
}

describe('merge and split from the admin pages', () => {
  it('merges two seeded items into one whose guide keeps every material, and the old guides point to it', async () => {
    const admin = await actorOf('admin');
    const a = await itemNamed('农药经营许可证核发（限制使用农药除外）');
    const b = await itemNamed('兽药经营许可证核发（普通兽药）');
    const [docA, docB] = [await publishedDocument(a.itemId), await publishedDocument(b.itemId)];
    const choices = await getSuccessionChoices(admin, a.itemId);
    expect(choices.candidates.map((c) => c.id)).toContain(b.itemId);
    expect(choices.candidates.map((c) => c.id)).not.toContain(a.itemId);

    await expect(
      mergeIntoNewItem(admin, { itemIds: [a.itemId, b.itemId], basicCode: b.item.basicCode, implementationCode: '', name: '农药兽药经营许可', reason: '整合' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { fieldErrors: { basicCode: ['codeTaken'] } },
    });
    const { itemId } = await mergeIntoNewItem(
      admin,
      { itemIds: [a.itemId, b.itemId], basicCode: 'NYSY-MERGED', implementationCode: 'NYSY-MERGED-511602', name: '农药兽药经营许可', reason: '整合' },
      monday,
    );

    const merged = await publishedDocument(itemId);
    expect(merged.name).toBe('农药兽药经营许可');
    expect(merged.departmentCode).toBe(docA.departmentCode);
    expect(merged.promisedLimitDays).toBe(docA.promisedLimitDays);
    expect(new Set(merged.materials.map((m) => m.name))).toEqual(new Set([...docA.materials, ...docB.materials].map((m) => m.name)));
    expect(merged.keywords).toEqual(expect.arrayContaining([docA.name, docB.name]));

    expect(await getServiceGuide(a.item.basicCode)).toBeNull();
    expect(await getRetiredItem(a.item.basicCode)).toMatchObject({
      status: 'MERGED',
      name: docA.name,
      successors: [{ kind: 'MERGE', code: 'NYSY-MERGED', name: '农药兽药经营许可' }],
    });
    expect(await getRetiredItem('NYSY-MERGED')).toBeNull();
    // A merged item is no longer offered to merge.
    await expect(
      mergeIntoNewItem(admin, { itemIds: [a.itemId, itemId], basicCode: 'X', implementationCode: '', name: '再合并', reason: 'x' }),
    ).rejects.toMatchObject({ details: { fieldErrors: { itemIds: ['notMergeable'] } } });
    await expect(getSuccessionChoices(admin, a.itemId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('splits an item by situation: each part keeps the materials of its situations and the common ones', async () => {
    const admin = await actorOf('admin');
    const original = await itemNamed('林木采伐许可证核发（县级权限）');
    const doc = await publishedDocument(original.itemId);
    const situation = doc.situations[0]!.name;
    const onlyInSituation = doc.materials.filter((m) => m.situations.length > 0).map((m) => m.name);
    expect(onlyInSituation.length).toBeGreaterThan(0);

    const bad = await splitIntoParts(admin, {
      itemId: original.itemId,
      parts: [
        { basicCode: 'LMCF-1', implementationCode: '', name: '林木采伐许可（一般）', situations: [] },
        { basicCode: 'LMCF-1', implementationCode: '', name: '', situations: [situation] },
      ],
      reason: '按情形拆分',
    }).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: 'INVALID_INPUT', details: { fieldErrors: { 'parts.1.basicCode': ['codeTaken'] } } });

    const { parts } = await splitIntoParts(
      admin,
      {
        itemId: original.itemId,
        parts: [
          { basicCode: 'LMCF-1', implementationCode: '', name: '林木采伐许可（一般）', situations: [] },
          { basicCode: 'LMCF-2', implementationCode: '', name: '林木采伐许可（超规定面积）', situations: [situation] },
        ],
        reason: '按情形拆分',
      },
      monday,
    );
    const [first, second] = [await publishedDocument(parts[0]!.itemId), await publishedDocument(parts[1]!.itemId)];
    expect(first.situations).toEqual([]);
    expect(first.materials.map((m) => m.name)).not.toEqual(expect.arrayContaining(onlyInSituation));
    expect(second.situations).toEqual([{ name: situation }]);
    expect(second.materials.map((m) => m.name)).toEqual(doc.materials.map((m) => m.name));
    expect(await getRetiredItem(original.item.basicCode)).toMatchObject({
      status: 'SPLIT',
      successors: [
        { kind: 'SPLIT', code: 'LMCF-1' },
        { kind: 'SPLIT', code: 'LMCF-2' },
      ],
    });
  });
});
