import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { BundleDocument } from '@/lib/bundles/schemas';
import { exportCatalog } from '@/lib/catalog-admin/export-catalog';
import { importCatalog } from '@/lib/catalog-admin/import-catalog';
import type { ItemVersionDocument } from '@/lib/catalog-admin/schemas';
import { cancelServiceItem } from '@/lib/catalog-admin/cancel-service-item';
import { cancelItemFormSchema, listSuccessorBundles, retireIntoBundle } from '@/lib/catalog-admin/retire-into-bundle';
import { getRetiredItem } from '@/lib/catalog/get-retired-item';
import { getServiceGuide } from '@/lib/catalog/get-service-guide';
import { db } from '@/lib/db';
import { JOINT_ITEMS_REPLACED, retireJointItems } from '../../prisma/demo-retire-joint-items';
import { actorOf, submitOnline } from '../support/factories';
import { monday } from '../support/instants';

async function itemNamed(name: string) {
  return db.serviceItem.findFirstOrThrow({ where: { name }, select: { id: true, basicCode: true, status: true } });
}

describe('a hand-drawn joint item retired with a bundle as its successor', () => {
  it('is cancelled, its guide leads to the bundle, and a case filed before keeps its version', async () => {
    const [admin, applicant] = await Promise.all([actorOf('admin'), actorOf('qiye')]);
    const joint = await itemNamed('企业开办“一件事”（集成办理）');
    const before = await submitOnline(applicant, '企业开办“一件事”（集成办理）', monday);

    await retireIntoBundle(admin, { itemId: joint.id, bundleCode: 'YJS-QYKB', reason: '改由一件事集成办理' }, monday);

    expect(await itemNamed('企业开办“一件事”（集成办理）')).toMatchObject({ status: 'CANCELLED' });
    expect(await db.serviceItemVersion.count({ where: { itemId: joint.id, status: 'PUBLISHED' } })).toBe(0);
    expect(await getServiceGuide(joint.basicCode)).toBeNull();
    const retired = await getRetiredItem(joint.basicCode);
    expect(retired).toMatchObject({
      status: 'CANCELLED',
      name: '企业开办“一件事”（集成办理）',
      bundle: { code: 'YJS-QYKB', name: '企业开办“一件事”' },
      successors: [],
    });
    const filed = await db.application.findUniqueOrThrow({ where: { id: before.id }, select: { status: true, version: { select: { status: true } } } });
    expect(filed).toMatchObject({ status: 'SUBMITTED', version: { status: 'RETIRED' } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entity: 'ServiceItem', entityId: joint.id, action: 'cancelled' } });
    expect(audit).toMatchObject({ toStatus: 'CANCELLED', reason: '改由一件事集成办理' });
    expect(audit.data).toMatchObject({ bundle: 'YJS-QYKB' });

    // The cancel form offers the published bundles; no choice is a plain cancellation.
    expect((await listSuccessorBundles(admin)).map((b) => b.code)).toEqual(['YJS-KBCYD', 'YJS-QYKB', 'YJS-QYZX', 'YJS-TX', 'YJS-XSECS']);
    expect(cancelItemFormSchema.parse({ itemId: 'x', reason: '取消', bundleCode: '' })).toEqual({ itemId: 'x', reason: '取消' });
    await expect(listSuccessorBundles(applicant)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Once retired, not again.
    await expect(retireIntoBundle(admin, { itemId: joint.id, bundleCode: 'YJS-QYKB', reason: '再次' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('refuses a bundle that is not published, a bundle the item belongs to, and a non-admin, storing nothing', async () => {
    const [admin, clerk] = await Promise.all([actorOf('admin'), actorOf('clerk')]);
    const joint = await itemNamed('新生儿出生“一件事”（集成办理）');
    await expect(retireIntoBundle(admin, { itemId: joint.id, bundleCode: 'YJS-NONE', reason: 'x' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { fieldErrors: { bundleCode: ['bundleNotPublished'] } },
    });
    const member = await itemNamed('出生登记（户口登记）');
    await expect(retireIntoBundle(admin, { itemId: member.id, bundleCode: 'YJS-XSECS', reason: 'x' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { fieldErrors: { bundleCode: ['itemIsMember'] } },
    });
    await expect(retireIntoBundle(clerk, { itemId: joint.id, bundleCode: 'YJS-XSECS', reason: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(retireIntoBundle(admin, { itemId: joint.id, bundleCode: 'YJS-XSECS', reason: ' ' })).rejects.toThrow();
    for (const id of [joint.id, member.id]) {
      expect(await db.serviceItem.findUniqueOrThrow({ where: { id }, select: { status: true, successorBundleId: true } })).toEqual({
        status: 'ACTIVE',
        successorBundleId: null,
      });
    }
  });

  it('the demo retires both joint items in favour of the bundles of their members', async () => {
    expect(await retireJointItems(await actorOf('admin'), monday)).toBe(2);
    for (const { name, bundleCode } of JOINT_ITEMS_REPLACED) {
      const item = await itemNamed(name);
      expect((await getRetiredItem(item.basicCode))?.bundle?.code).toBe(bundleCode);
    }
    // A second run changes nothing.
    expect(await retireJointItems(await actorOf('admin'), monday)).toBe(0);
  });
});

type CatalogFile = { format: string; formatVersion: number; items: ItemVersionDocument[]; bundles: BundleDocument[] };

async function exported(): Promise<CatalogFile> {
  return JSON.parse((await exportCatalog(await actorOf('admin'), 'json')).toString('utf8')) as CatalogFile;
}

const importJson = async (file: unknown) =>
  importCatalog(await actorOf('admin'), { format: 'json', bytes: new TextEncoder().encode(JSON.stringify(file)) }, monday);

/** What a refused import must leave untouched. */
async function bundleRows() {
  return {
    bundles: await db.bundle.count(),
    versions: await db.bundleVersion.count(),
    members: await db.bundleMember.count(),
    items: await db.serviceItem.count(),
    itemVersions: await db.serviceItemVersion.count(),
  };
}

describe('bundles travel with the catalog file (JSON and XLSX)', () => {
  it('exports the published bundles, imports an export unchanged, and imports new and changed bundles with their items', async () => {
    const file = await exported();
    expect(file.bundles.map((b) => b.code)).toEqual(['YJS-KBCYD', 'YJS-QYKB', 'YJS-QYZX', 'YJS-TX', 'YJS-XSECS']);
    const restaurant = file.bundles.find((b) => b.code === 'YJS-KBCYD')!;
    expect(restaurant.members[1]).toEqual({ itemCode: '000131024000', applicability: 'ALWAYS', situations: [], dependsOn: ['000131128000'] });

    // An export imported as it is changes nothing.
    const before = await bundleRows();
    expect(await importJson(file)).toMatchObject({ problems: [], created: 0, updated: 0, bundlesCreated: 0, bundlesUpdated: 0 });
    expect(await bundleRows()).toEqual(before);

    // A changed bundle, and a new one whose member is a new item of the same file.
    const newItem = {
      ...file.items.find((i) => i.basicCode === '51160200GA-QT-0001')!,
      basicCode: 'ZZ-SEAL-2',
      implementationCode: 'ZZ-SEAL-2-511602',
      name: '印章刻制备案（测试）',
    };
    const changed: BundleDocument = { ...restaurant, promisedLimitDays: 2.5, description: '三个工作日内办结（测试改为两个半）' };
    const fresh: BundleDocument = {
      code: 'YJS-TEST',
      name: '测试“一件事”',
      lifeEvent: '开办企业',
      leadDepartmentCode: restaurant.leadDepartmentCode,
      promisedLimitDays: 1,
      situations: [],
      description: null,
      members: [
        { itemCode: '511A0064100070', applicability: 'ALWAYS', situations: [], dependsOn: [] },
        { itemCode: 'ZZ-SEAL-2', applicability: 'OPTIONAL', situations: [], dependsOn: ['511A0064100070'] },
      ],
    };
    const bundles = [...file.bundles.map((b) => (b.code === restaurant.code ? changed : b)), fresh];
    const result = await importJson({ ...file, items: [...file.items, newItem], bundles });
    expect(result).toMatchObject({ problems: [], created: 1, updated: 0, bundlesCreated: 1, bundlesUpdated: 1 });
    const versions = await db.bundleVersion.findMany({
      where: { bundle: { code: restaurant.code } },
      orderBy: { version: 'asc' },
      select: { version: true, status: true, promisedLimitDays: true },
    });
    expect(versions).toEqual([
      { version: 1, status: 'RETIRED', promisedLimitDays: 3 },
      { version: 2, status: 'PUBLISHED', promisedLimitDays: 2.5 },
    ]);
    expect((await exported()).bundles).toEqual([...bundles].sort((a, b) => (a.code < b.code ? -1 : 1)));
    expect(await db.auditEvent.count({ where: { entity: 'BundleVersion', action: { in: ['import-create', 'import-update'] } } })).toBe(2);

    // A bundle that lost a member since (cancelled) is in the export as published; importing the export
    // leaves it alone instead of refusing the whole file. Changing it is checked again.
    await cancelServiceItem(await actorOf('admin'), { itemId: (await itemNamed('印章刻制备案')).id, reason: '测试取消' });
    const stale = await exported();
    expect(stale.bundles.find((b) => b.code === 'YJS-QYKB')!.members.map((x) => x.itemCode)).toContain('51160200GA-QT-0001');
    expect(await importJson(stale)).toMatchObject({ problems: [], created: 0, updated: 0, bundlesCreated: 0, bundlesUpdated: 0 });
    const touched = stale.bundles.map((b) => (b.code === 'YJS-QYKB' ? { ...b, description: '改过' } : b));
    expect((await importJson({ ...stale, bundles: touched })).problems).toEqual([
      expect.objectContaining({ bundleCode: 'YJS-QYKB', field: 'members.1.itemCode', key: 'memberNotPublished', value: '"51160200GA-QT-0001"' }),
    ]);

    // XLSX: export, import, export gives the same bundles and stores nothing new.
    const xlsx = await exportCatalog(await actorOf('admin'), 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(wb.getWorksheet('bundles')!.rowCount).toBe(7);
    expect(wb.getWorksheet('bundleMembers')!.getRow(1).values).toEqual([undefined, 'bundleCode', 'itemCode', 'applicability', 'situations', 'dependsOn']);
    const rows = await bundleRows();
    expect(await importCatalog(await actorOf('admin'), { format: 'xlsx', bytes: xlsx }, monday)).toMatchObject({
      problems: [],
      created: 0,
      updated: 0,
      bundlesCreated: 0,
      bundlesUpdated: 0,
    });
    expect(await bundleRows()).toEqual(rows);
    expect((await exported()).bundles).toEqual([...bundles].sort((a, b) => (a.code < b.code ? -1 : 1)));
  });

  it('refuses every bad bundle at once, naming its code, field, value and expectation, and stores nothing (not even the good items)', async () => {
    const file = await exported();
    const base = file.bundles.find((b) => b.code === 'YJS-QYKB')!;
    const newItem = {
      ...file.items.find((i) => i.basicCode === '51160200GA-QT-0001')!,
      basicCode: 'ZZ-SEAL-3',
      implementationCode: '',
      name: '不应写入的事项',
    };
    const m = (itemCode: string, dependsOn: string[] = []) => ({ itemCode, applicability: 'ALWAYS' as const, situations: [], dependsOn });
    const bad = [
      // 1. A cycle of dependencies.
      { ...base, code: 'BAD-CYCLE', members: [m('511A0064100070', ['51160200GA-QT-0001']), m('51160200GA-QT-0001', ['511A0064100070'])] },
      // 2. A member that is not published (cancelled in the database) and one unknown.
      { ...base, code: 'BAD-UNPUBLISHED', members: [m('511A0064100070'), m('NO-SUCH-ITEM')] },
      // 3. A member twice.
      { ...base, code: 'BAD-TWICE', members: [m('511A0064100070'), m('511A0064100070'), m('51160200GA-QT-0001')] },
      // 4. A promised limit above the members' statutory limits added up (3, and 0.5 promised where none).
      { ...base, code: 'BAD-LIMIT', promisedLimitDays: 10, members: [m('511A0064100070'), m('51160200GA-QT-0001')] },
      // 5. Types are not converted; an unknown lead department and applicability.
      {
        ...base,
        code: 'BAD-TYPES',
        promisedLimitDays: '1',
        situations: '设立',
        leadDepartmentCode: 'NOPE',
        members: [{ ...m('511A0064100070'), applicability: 'SOMETIMES' }, m('51160200GA-QT-0001')],
      },
      // 6. A code twice in the file.
      { ...base },
    ];
    const before = await bundleRows();
    const result = await importJson({ ...file, items: [...file.items, newItem], bundles: [...file.bundles, ...bad] });
    const at = (n: number, code: string) => ({ item: null, basicCode: null, bundle: file.bundles.length + n, bundleCode: code, sheet: null, row: null });
    expect(result.problems).toEqual([
      { ...at(1, 'BAD-CYCLE'), field: 'members', key: 'bundleCycle', value: expect.any(String), expected: null },
      { ...at(2, 'BAD-UNPUBLISHED'), field: 'members.1.itemCode', key: 'memberNotPublished', value: '"NO-SUCH-ITEM"', expected: null },
      { ...at(3, 'BAD-TWICE'), field: 'members.1.itemCode', key: 'memberTwice', value: '"511A0064100070"', expected: null },
      { ...at(4, 'BAD-LIMIT'), field: 'promisedLimitDays', key: 'bundleLimitAboveMembers', value: '10', expected: '3.5' },
      { ...at(5, 'BAD-TYPES'), field: 'promisedLimitDays', key: 'wrongType', value: '"1"', expected: 'number' },
      { ...at(5, 'BAD-TYPES'), field: 'situations', key: 'wrongType', value: '"设立"', expected: 'list' },
      { ...at(5, 'BAD-TYPES'), field: 'members.0.applicability', key: 'invalid', value: '"SOMETIMES"', expected: 'ALWAYS | SITUATION | OPTIONAL' },
      { ...at(6, 'YJS-QYKB'), field: 'code', key: 'duplicateCode', value: '"YJS-QYKB"', expected: null },
    ]);
    expect(result).toMatchObject({ created: 0, updated: 0, bundlesCreated: 0, bundlesUpdated: 0 });
    expect(await bundleRows()).toEqual(before);
    expect(await db.serviceItem.count({ where: { basicCode: 'ZZ-SEAL-3' } })).toBe(0);

    // A member cancelled in the database is not published; the lead department must exist (types right, rules wrong).
    const admin = await actorOf('admin');
    const seal = await itemNamed('印章刻制备案');
    await retireIntoBundle(admin, { itemId: (await itemNamed('企业开办“一件事”（集成办理）')).id, bundleCode: 'YJS-QYKB', reason: '测试' });
    await db.serviceItem.update({ where: { id: seal.id }, data: { status: 'CANCELLED' } });
    const sealFree = file.items.filter((i) => i.basicCode !== '51160200GA-QT-0001');
    const again = await importJson({ ...file, items: sealFree, bundles: [{ ...base, leadDepartmentCode: 'NOPE' }] });
    expect(again.problems).toEqual([
      { ...at(1 - file.bundles.length, 'YJS-QYKB'), field: 'leadDepartmentCode', key: 'unknownDepartment', value: '"NOPE"', expected: null },
      { ...at(1 - file.bundles.length, 'YJS-QYKB'), field: 'members.1.itemCode', key: 'memberNotPublished', value: '"51160200GA-QT-0001"', expected: null },
    ]);
  });

  it('names the sheet and row of a bad bundle or member in a workbook', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportCatalog(await actorOf('admin'), 'xlsx')) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('bundles')!;
    const members = wb.getWorksheet('bundleMembers')!;
    const col = (s: ExcelJS.Worksheet, name: string) => (s.getRow(1).values as unknown[]).indexOf(name);
    sheet.getRow(2).getCell(col(sheet, 'promisedLimitDays')).value = '3 days';
    // The second member row of the first bundle names the first member's item: a member twice.
    members.getRow(3).getCell(col(members, 'itemCode')).value = members.getRow(2).getCell(col(members, 'itemCode')).value;
    members.addRow(['NO-BUNDLE', '511A0064100070', 'ALWAYS', '', '']);
    const before = await bundleRows();
    const result = await importCatalog(await actorOf('admin'), { format: 'xlsx', bytes: Buffer.from(await wb.xlsx.writeBuffer()) }, monday);
    const code = String(sheet.getRow(2).getCell(1).value);
    expect(result.problems).toEqual([
      {
        item: null,
        basicCode: null,
        sheet: 'bundleMembers',
        row: members.rowCount,
        field: 'bundleCode',
        key: 'unknownBundle',
        value: '"NO-BUNDLE"',
        expected: null,
      },
      {
        item: null,
        basicCode: null,
        bundle: 1,
        bundleCode: code,
        sheet: 'bundles',
        row: 2,
        field: 'promisedLimitDays',
        key: 'wrongType',
        value: '"3 days"',
        expected: 'number',
      },
    ]);
    sheet.getRow(2).getCell(col(sheet, 'promisedLimitDays')).value = 3;
    const twice = await importCatalog(await actorOf('admin'), { format: 'xlsx', bytes: Buffer.from(await wb.xlsx.writeBuffer()) }, monday);
    expect(twice.problems).toContainEqual({
      item: null,
      basicCode: null,
      bundle: 1,
      bundleCode: code,
      sheet: 'bundleMembers',
      row: 3,
      field: 'members.1.itemCode',
      key: 'memberTwice',
      value: expect.any(String),
      expected: null,
    });
    expect(await bundleRows()).toEqual(before);
  });
});

describe('the catalog revision (public page cache) follows the bundles', () => {
  it('rises when a bundle version or its members change, not only the Bundle row', async () => {
    const revision = async () => (await db.$queryRaw<{ revision: bigint }[]>`SELECT "revision" FROM "CatalogRevision" WHERE "id" = 1`)[0]!.revision;
    const before = await revision();
    await db.bundleVersion.updateMany({ where: { bundle: { code: 'YJS-TX' }, status: 'PUBLISHED' }, data: { description: '改写的说明' } });
    const afterVersion = await revision();
    expect(afterVersion).toBeGreaterThan(before);
    await db.bundleMember.updateMany({ where: { bundleVersion: { bundle: { code: 'YJS-TX' } }, applicability: 'OPTIONAL' }, data: { dependsOn: [] } });
    expect(await revision()).toBeGreaterThan(afterVersion);
  });
});
