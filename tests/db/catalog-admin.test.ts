import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { db } from '@/lib/db';
import type { AppError } from '@/lib/errors';
import { cancelServiceItem } from '@/lib/catalog-admin/cancel-service-item';
import { createDraftVersion } from '@/lib/catalog-admin/create-draft-version';
import { createServiceItem } from '@/lib/catalog-admin/create-service-item';
import { delegateServiceItem } from '@/lib/catalog-admin/delegate-service-item';
import { exportCatalog, exportCatalogDocuments } from '@/lib/catalog-admin/export-catalog';
import { exportQualityReport } from '@/lib/catalog-admin/export-quality-report';
import { getQualityReport } from '@/lib/catalog-admin/get-quality-report';
import { getVersionForEdit } from '@/lib/catalog-admin/get-version-for-edit';
import { getVersionHistory } from '@/lib/catalog-admin/get-version-history';
import { importCatalog } from '@/lib/catalog-admin/import-catalog';
import { listDepartmentsAndWindows, orgListSchema } from '@/lib/catalog-admin/list-departments-and-windows';
import { listServiceItems } from '@/lib/catalog-admin/list-service-items';
import { mergeServiceItems } from '@/lib/catalog-admin/merge-service-items';
import { publishVersion } from '@/lib/catalog-admin/publish-version';
import { itemVersionSchema, type ItemVersionDocument } from '@/lib/catalog-admin/schemas';
import { saveDepartment } from '@/lib/catalog-admin/save-department';
import { saveWindow } from '@/lib/catalog-admin/save-window';
import { splitServiceItem } from '@/lib/catalog-admin/split-service-item';
import { updateDraftVersion } from '@/lib/catalog-admin/update-draft-version';
import { versionActions } from '@/lib/catalog-admin/version-rules';
import { actorOf, submitOnline } from '../support/factories';
import { monday } from '../support/instants';

async function publishedDocument(name: string) {
  const admin = await actorOf('admin');
  const v = await db.serviceItemVersion.findFirstOrThrow({ where: { name, status: 'PUBLISHED' }, select: { id: true, itemId: true } });
  const edit = await getVersionForEdit(admin, v.id);
  return { itemId: v.itemId, versionId: v.id, doc: edit.document };
}

async function countyDepartment(name: string) {
  return db.department.findFirstOrThrow({ where: { name, region: { level: 'COUNTY' } }, select: { code: true, id: true } });
}

/** A complete, valid document of a made-up item, to vary per test. */
async function sampleDocument(overrides: Partial<ItemVersionDocument> = {}): Promise<ItemVersionDocument> {
  const dept = await countyDepartment('市场监督管理局');
  return itemVersionSchema.parse({
    basicCode: 'TEST0001',
    implementationCode: 'TEST0001-511602',
    name: '测试事项登记',
    type: 'LICENSING',
    level: 'COUNTY',
    departmentCode: dept.code,
    legalBasis: ['《测试条例》第三条'],
    handlingClass: 'PROMISED',
    statutoryLimitDays: 20,
    promisedLimitDays: 5,
    acceptConditions: ['申请人为本县企业'],
    situations: [{ name: '委托代理人办理' }],
    materials: [
      { name: '申请书', form: 'ORIGINAL', copies: 1, required: true, situations: [], certificateType: null, note: null },
      { name: '营业执照', form: 'ELECTRONIC', copies: 1, required: true, situations: [], certificateType: '营业执照', note: null },
      { name: '授权委托书', form: 'ORIGINAL', copies: 1, required: false, situations: ['委托代理人办理'], certificateType: null, note: null },
    ],
    steps: [
      { name: '受理', limitDays: 1 },
      { name: '审查', limitDays: 3.5 },
      { name: '决定', limitDays: 0.5 },
    ],
    stages: [{ name: '审查', limitDays: 5, departmentCodes: [dept.code] }],
    coHandling: [],
    fee: '不收费',
    feeBasis: null,
    onlineDepth: 4,
    appointment: true,
    onlinePayment: false,
    postalDelivery: true,
    resultName: '测试许可证',
    resultType: 'CERTIFICATE',
    resultCertificate: '测试许可证',
    contactPhone: '0826-2345678',
    complaintPhone: '12345',
    keywords: ['测试'],
    lifeEvents: [],
    ...overrides,
  });
}

async function createPublished(admin: Awaited<ReturnType<typeof actorOf>>, doc: ItemVersionDocument) {
  const { itemId, versionId } = await createServiceItem(admin, doc, monday);
  await publishVersion(admin, { versionId }, monday);
  return { itemId, versionId };
}

describe('item versions', () => {
  it('validates a version: half-day steps, promised <= statutory, situations of conditional materials', async () => {
    const doc = await sampleDocument();
    const bad = itemVersionSchema.safeParse({
      ...doc,
      promisedLimitDays: 25,
      statutoryLimitDays: 20,
      onlineDepth: 5,
      steps: [{ name: '受理', limitDays: 0.3 }],
      materials: [{ ...doc.materials[2], situations: ['不存在的情形'] }],
      contactPhone: 'abc',
    });
    expect(bad.success).toBe(false);
    const keys = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(keys).toMatchObject({
      promisedLimitDays: 'promisedAboveStatutory',
      onlineDepth: 'onlineDepth',
      'steps.0.limitDays': 'halfDay',
      'materials.0.situations': 'unknownSituation',
      contactPhone: 'phone',
    });
  });

  it('validates the form field definitions at their field, and keeps good ones through save and edit', async () => {
    const admin = await actorOf('admin');
    const doc = await sampleDocument();
    const bad = itemVersionSchema.safeParse({
      ...doc,
      formFields: [
        { key: '场所名称', label: '场所名称', kind: 'text', required: true },
        { key: 'area', label: '', kind: 'number', required: true },
        { key: 'area', label: '面积', kind: 'number', required: true },
        { key: 'scope', label: '经营项目', kind: 'select', required: true, options: [] },
        { key: 'remark', label: '说明', kind: 'textarea', required: false, maxLength: 0 },
      ],
    });
    expect(bad.success).toBe(false);
    const keys = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(keys).toEqual({
      'formFields.0.key': 'fieldKey',
      'formFields.1.label': 'required',
      'formFields.2.key': 'duplicateFieldKey',
      'formFields.3.options': 'optionsRequired',
      'formFields.4.maxLength': 'invalid',
    });
    // A kind the form does not know (only an import file can send one).
    const unknownKind = itemVersionSchema.safeParse({ ...doc, formFields: [{ key: 'kind', label: '类别', kind: 'checkbox', required: false }] });
    expect(unknownKind.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['formFields.0.kind', 'invalid']]);

    const withFields = itemVersionSchema.parse({
      ...doc,
      formFields: [
        { key: 'placeName', label: '场所名称', kind: 'text', required: 'on', maxLength: '100' },
        // Options of a field that is not a drop-down, and a length of one that takes no text, mean nothing.
        { key: 'floorArea', label: '营业面积(㎡)', kind: 'number', required: true, options: ['x'], maxLength: 20 },
        { key: 'scope', label: '经营项目', kind: 'select', required: false, options: ['热食类食品制售', '冷食类食品制售'] },
      ],
    });
    const { versionId } = await createServiceItem(admin, withFields, monday);
    expect((await getVersionForEdit(admin, versionId)).document.formFields).toEqual([
      { key: 'placeName', label: '场所名称', kind: 'text', required: true, options: [], maxLength: 100 },
      { key: 'floorArea', label: '营业面积(㎡)', kind: 'number', required: true, options: [], maxLength: null },
      { key: 'scope', label: '经营项目', kind: 'select', required: false, options: ['热食类食品制售', '冷食类食品制售'], maxLength: null },
    ]);
  });

  it('publishing a new version leaves a running application on the version it was filed under', async () => {
    const [admin, applicant] = await Promise.all([actorOf('admin'), actorOf('zhangsan')]);
    const { id: applicationId, version } = await submitOnline(applicant, '普通护照签发', monday);
    const { itemId, doc } = await publishedDocument('普通护照签发');

    const { versionId: draftId } = await createDraftVersion(admin, itemId, monday);
    // Asking again returns the same draft.
    expect((await createDraftVersion(admin, itemId, monday)).versionId).toBe(draftId);
    const changed = {
      ...doc,
      promisedLimitDays: Math.max(0.5, doc.promisedLimitDays - 1),
      materials: [
        ...doc.materials,
        { name: '出入境证件照片回执', form: 'ORIGINAL' as const, copies: 2, required: true, situations: [], certificateType: null, note: null },
      ],
    };
    changed.stages = changed.stages.map((s, i) => (i === 0 ? { ...s, limitDays: s.limitDays - (doc.promisedLimitDays - changed.promisedLimitDays) } : s));
    await updateDraftVersion(admin, { versionId: draftId, document: changed }, monday);
    // The public still sees the old version until publication.
    expect((await db.serviceItemVersion.findFirstOrThrow({ where: { itemId, status: 'PUBLISHED' } })).id).toBe(version.id);

    // A date still to come is refused at its field: the old version keeps serving until the change is published on its day.
    await expect(publishVersion(admin, { versionId: draftId, effectiveFrom: '2026-11-24' }, monday)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { fieldErrors: { effectiveFrom: ['effectiveInFuture'] } },
    });
    expect((await db.serviceItemVersion.findFirstOrThrow({ where: { itemId, status: 'PUBLISHED' } })).id).toBe(version.id);
    expect((await db.serviceItemVersion.findUniqueOrThrow({ where: { id: draftId } })).status).toBe('DRAFT');
    // Just after midnight in Shanghai (still 23 November in UTC), the 24th is today.
    await publishVersion(admin, { versionId: draftId, effectiveFrom: '2026-11-24' }, new Date('2026-11-23T16:30:00Z'));
    const versions = await db.serviceItemVersion.findMany({
      where: { itemId },
      orderBy: { version: 'asc' },
      select: { id: true, status: true, effectiveFrom: true },
    });
    expect(versions.map((v) => v.status)).toEqual(['RETIRED', 'PUBLISHED']);
    expect(versions[1]!.effectiveFrom?.toISOString()).toBe('2026-11-23T16:00:00.000Z');
    const application = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { versionId: true } });
    expect(application.versionId).toBe(version.id);

    // A published version can no longer be edited.
    await expect(updateDraftVersion(admin, { versionId: draftId, document: changed })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });

    const history = await getVersionHistory(admin, { itemId });
    expect(history.versions.map((v) => [v.version, v.status, v.applications])).toEqual([
      [2, 'PUBLISHED', 0],
      [1, 'RETIRED', 1],
    ]);
    expect(history.compared).toMatchObject({ from: 1, to: 2 });
    expect(history.compared!.changes).toEqual(
      expect.arrayContaining([
        { kind: 'field', field: 'promisedLimitDays', before: doc.promisedLimitDays, after: changed.promisedLimitDays },
        { kind: 'added', field: 'materials', name: '出入境证件照片回执' },
      ]),
    );
    const audit = await db.auditEvent.findMany({
      where: { entity: 'ServiceItemVersion', entityId: { in: versions.map((v) => v.id) } },
      select: { action: true },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(['create-draft', 'publish', 'retire', 'update-draft']);
  });

  it('creates a new item as a draft, and reports a taken code and an unknown department at their fields', async () => {
    const admin = await actorOf('admin');
    const doc = await sampleDocument();
    const { itemId, versionId } = await createServiceItem(admin, doc, monday);
    expect(await db.serviceItemVersion.findUniqueOrThrow({ where: { id: versionId }, select: { status: true, version: true } })).toEqual({
      status: 'DRAFT',
      version: 1,
    });
    const error = await createServiceItem(admin, doc).catch((e: AppError) => e);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { fieldErrors: { basicCode: ['codeTaken'] } } });
    const unknown = await createServiceItem(admin, { ...doc, basicCode: 'TEST0002', departmentCode: 'NOPE' }).catch((e: AppError) => e);
    expect(unknown).toMatchObject({ code: 'INVALID_INPUT', details: { fieldErrors: { departmentCode: ['unknownDepartment'] } } });
    const list = await listServiceItems(admin, { q: 'TEST0001' });
    expect(list.items).toEqual([expect.objectContaining({ id: itemId, publishedVersion: null, hasDraft: true })]);
    expect((await listServiceItems(admin, { q: '护照' })).items.length).toBeGreaterThan(0);
  });
});

describe('catalog operations', () => {
  it('merges several items into one and splits one into several, each with its own audit', async () => {
    const admin = await actorOf('admin');
    const a = await createPublished(admin, await sampleDocument({ basicCode: 'MERGE-A', implementationCode: 'MERGE-A-511602', name: '甲事项' }));
    const b = await createPublished(admin, await sampleDocument({ basicCode: 'MERGE-B', implementationCode: 'MERGE-B-511602', name: '乙事项' }));
    const merged = await mergeServiceItems(
      admin,
      {
        itemIds: [a.itemId, b.itemId],
        target: await sampleDocument({ basicCode: 'MERGE-AB', implementationCode: 'MERGE-AB-511602', name: '甲乙合并事项' }),
        reason: '流程再造',
      },
      monday,
    );

    const items = await db.serviceItem.findMany({
      where: { basicCode: { startsWith: 'MERGE' } },
      orderBy: { basicCode: 'asc' },
      select: { basicCode: true, status: true },
    });
    expect(items).toEqual([
      { basicCode: 'MERGE-A', status: 'MERGED' },
      { basicCode: 'MERGE-AB', status: 'ACTIVE' },
      { basicCode: 'MERGE-B', status: 'MERGED' },
    ]);
    expect(await db.serviceItemVersion.count({ where: { itemId: { in: [a.itemId, b.itemId] }, status: 'PUBLISHED' } })).toBe(0);
    expect(await db.serviceItemVersion.findUniqueOrThrow({ where: { id: merged.versionId }, select: { status: true } })).toEqual({ status: 'PUBLISHED' });
    const history = await getVersionHistory(admin, { itemId: a.itemId });
    expect(history.successors).toEqual([expect.objectContaining({ kind: 'MERGE', id: merged.itemId })]);
    expect(await db.auditEvent.count({ where: { entity: 'ServiceItem', action: 'merged', entityId: { in: [a.itemId, b.itemId] } } })).toBe(2);
    expect(await db.auditEvent.count({ where: { entity: 'ServiceItem', action: 'merge', entityId: merged.itemId } })).toBe(1);

    // A merged item cannot be merged again.
    await expect(
      mergeServiceItems(admin, { itemIds: [a.itemId, merged.itemId], target: await sampleDocument({ basicCode: 'X' }), reason: 'x' }),
    ).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });

    const split = await splitServiceItem(
      admin,
      {
        itemId: merged.itemId,
        parts: [await sampleDocument({ basicCode: 'SPLIT-1', name: '拆分一' }), await sampleDocument({ basicCode: 'SPLIT-2', name: '拆分二' })],
        reason: '按情形拆分',
      },
      monday,
    );
    expect(split.parts).toHaveLength(2);
    expect((await db.serviceItem.findUniqueOrThrow({ where: { id: merged.itemId } })).status).toBe('SPLIT');
    const after = await getVersionHistory(admin, { itemId: merged.itemId });
    expect(after.successors.map((s) => s.basicCode).sort()).toEqual(['SPLIT-1', 'SPLIT-2']);
    expect(after.predecessors.map((s) => s.basicCode).sort()).toEqual(['MERGE-A', 'MERGE-B']);
    expect(await db.auditEvent.count({ where: { entity: 'ServiceItem', action: 'split', entityId: merged.itemId } })).toBe(1);
  });

  it('cancels an item and delegates another to the city level', async () => {
    const admin = await actorOf('admin');
    const applicant = await actorOf('zhangsan');
    const { id: applicationId, version } = await submitOnline(applicant, '普通护照签发', monday);
    const { itemId } = await publishedDocument('普通护照签发');
    const cityDept = await db.department.findFirstOrThrow({ where: { region: { level: 'CITY' } }, select: { code: true } });
    await expect(delegateServiceItem(admin, { itemId, level: 'COUNTY', departmentCode: cityDept.code, reason: '下放' })).rejects.toMatchObject({
      details: { fieldErrors: { departmentCode: ['departmentLevel'] } },
    });
    const delegated = await delegateServiceItem(admin, { itemId, level: 'CITY', departmentCode: cityDept.code, reason: '上收至市级' }, monday);
    const now = await db.serviceItemVersion.findUniqueOrThrow({
      where: { id: delegated.versionId },
      select: { level: true, status: true, version: true, department: { select: { code: true } } },
    });
    expect(now).toEqual({ level: 'CITY', status: 'PUBLISHED', version: 2, department: { code: cityDept.code } });
    expect((await db.application.findUniqueOrThrow({ where: { id: applicationId } })).versionId).toBe(version.id);
    expect(await db.auditEvent.count({ where: { entity: 'ServiceItem', entityId: itemId, action: 'delegate' } })).toBe(1);

    await cancelServiceItem(admin, { itemId, reason: '事项取消' }, monday);
    expect((await db.serviceItem.findUniqueOrThrow({ where: { id: itemId } })).status).toBe('CANCELLED');
    expect(await db.serviceItemVersion.count({ where: { itemId, status: 'PUBLISHED' } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entity: 'ServiceItem', entityId: itemId, action: 'cancelled' } })).toBe(1);
    await expect(cancelServiceItem(admin, { itemId, reason: 'again' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('refuses to change or publish a draft that outlived its item, as the page no longer offers it', async () => {
    const admin = await actorOf('admin');
    const { itemId, doc } = await publishedDocument('户口迁移审批');
    const { versionId } = await createDraftVersion(admin, itemId, monday);
    // A draft an application points at survives a cancellation (retireItem keeps it).
    await db.serviceItem.update({ where: { id: itemId }, data: { status: 'CANCELLED' } });
    expect(versionActions({ status: 'DRAFT', itemStatus: 'CANCELLED' })).toEqual({ edit: false, publish: false });
    await expect(updateDraftVersion(admin, { versionId, document: { ...doc, name: '户口迁移审批（改）' } }, monday)).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    await expect(publishVersion(admin, { versionId }, monday)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    expect((await db.serviceItemVersion.findUniqueOrThrow({ where: { id: versionId } })).name).toBe(doc.name);
  });
});

describe('quality report', () => {
  it('finds each kind of defect and names the item', async () => {
    const admin = await actorOf('admin');
    const passport = await publishedDocument('普通护照签发');
    const cityDept = await db.department.findFirstOrThrow({ where: { region: { level: 'CITY' } }, select: { code: true } });
    const made = {
      noCode: await createPublished(admin, await sampleDocument({ basicCode: 'Q-NOCODE', implementationCode: '', name: '无编码事项' })),
      // Claims the passport's code at city level under another name.
      codeNames: await createPublished(
        admin,
        await sampleDocument({
          basicCode: 'Q-CODE',
          implementationCode: `${passport.doc.implementationCode.replace(/-\d{6}$/, '')}-510600`,
          name: '护照办理',
          level: 'CITY',
          departmentCode: cityDept.code,
          stages: [],
        }),
      ),
      // The passport's name at city level under another code.
      nameCodes: await createPublished(
        admin,
        await sampleDocument({
          basicCode: 'Q-NAME',
          implementationCode: 'Q-NAME-510600',
          name: '普通护照签发',
          level: 'CITY',
          departmentCode: cityDept.code,
          stages: [],
        }),
      ),
      promised: await createServiceItem(admin, {
        ...(await sampleDocument({ basicCode: 'Q-LIMIT', implementationCode: 'Q-LIMIT-511602', name: '超时限事项' })),
        statutoryLimitDays: 3,
        promisedLimitDays: 5,
      }),
      basis: await createPublished(
        admin,
        await sampleDocument({ basicCode: 'Q-BASIS', implementationCode: 'Q-BASIS-511602', name: '无依据事项', legalBasis: [] }),
      ),
      depth: await createPublished(
        admin,
        await sampleDocument({ basicCode: 'Q-DEPTH', implementationCode: 'Q-DEPTH-511602', name: '仅线下事项', onlineDepth: 2 }),
      ),
      certificate: await createPublished(
        admin,
        await sampleDocument({
          basicCode: 'Q-CERT',
          implementationCode: 'Q-CERT-511602',
          name: '证照未关联事项',
          materials: [
            { name: '不动产权证书', form: 'COPY', copies: 1, required: true, situations: [], certificateType: null, note: null },
            { name: '卫生许可证申请表', form: 'ORIGINAL', copies: 1, required: true, situations: [], certificateType: null, note: null },
          ],
          situations: [],
        }),
      ),
    };
    const report = await getQualityReport(admin);
    const of = (itemId: string) => report.filter((f) => f.itemId === itemId).map((f) => f.kind);
    expect(of(made.noCode.itemId)).toContain('NO_CODE');
    expect(of(made.codeNames.itemId)).toContain('CODE_NAMES_DIFFER');
    expect(of(passport.itemId)).toEqual(expect.arrayContaining(['CODE_NAMES_DIFFER', 'NAME_CODES_DIFFER']));
    expect(of(made.nameCodes.itemId)).toContain('NAME_CODES_DIFFER');
    expect(of(made.promised.itemId)).toContain('PROMISED_ABOVE_STATUTORY');
    expect(of(made.basis.itemId)).toEqual(['NO_LEGAL_BASIS']);
    expect(of(made.depth.itemId)).toEqual(['LOW_ONLINE_DEPTH']);
    const cert = report.filter((f) => f.itemId === made.certificate.itemId);
    // The application form that merely names a permit is not a certificate.
    expect(cert).toEqual([expect.objectContaining({ kind: 'CERTIFICATE_NOT_MAPPED', detail: '不动产权证书', basicCode: 'Q-CERT' })]);

    const xlsx = await exportQualityReport(admin, {
      format: 'xlsx',
      headers: ['a', 'b', 'c', 'd', 'e', 'f'],
      kindName: (k) => k,
      itemUrl: (id) => `/admin/items/${id}`,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount).toBe(report.length + 1);
    const csv = (
      await exportQualityReport(admin, { format: 'csv', headers: ['a', 'b', 'c', 'd', 'e', 'f'], kindName: (k) => k, itemUrl: (id) => `/admin/items/${id}` })
    ).toString('utf8');
    expect(csv).toContain(`/admin/items/${made.certificate.itemId}`);
  });
});

describe('import and export', () => {
  it('reports every problem of a bad file with its row and field, and imports nothing', async () => {
    const admin = await actorOf('admin');
    const before = await db.serviceItemVersion.count();
    const good = await sampleDocument({ basicCode: 'IMP-1' });
    const file = {
      format: 'yichuang-catalog',
      formatVersion: 1,
      items: [
        good,
        { ...good, basicCode: 'IMP-2', name: '', promisedLimitDays: 0.3 },
        { ...good, basicCode: 'IMP-3', departmentCode: 'NOPE', materials: [{ ...good.materials[0], form: 'PAPER' }] },
        { ...good },
      ],
    };
    const result = await importCatalog(admin, { format: 'json', bytes: new TextEncoder().encode(JSON.stringify(file)) }, monday);
    expect(result.imported).toBe(0);
    // A JSON file has items, not rows: each problem names the item's number and basic code.
    const json = { sheet: null, row: null };
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { ...json, item: 2, basicCode: 'IMP-2', field: 'name', key: 'required', value: '""', expected: null },
        { ...json, item: 2, basicCode: 'IMP-2', field: 'promisedLimitDays', key: 'halfDay', value: '0.3', expected: null },
        { ...json, item: 3, basicCode: 'IMP-3', field: 'materials.0.form', key: 'invalid', value: '"PAPER"', expected: 'ORIGINAL | COPY | ELECTRONIC' },
        { ...json, item: 3, basicCode: 'IMP-3', field: 'departmentCode', key: 'unknownDepartment', value: '"NOPE"', expected: null },
        { ...json, item: 4, basicCode: 'IMP-1', field: 'basicCode', key: 'duplicateCode', value: '"IMP-1"', expected: null },
      ]),
    );
    expect(await db.serviceItemVersion.count()).toBe(before);
    expect(await db.serviceItem.count({ where: { basicCode: { startsWith: 'IMP' } } })).toBe(0);

    // The same in a workbook: problems name the sheet and row.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportCatalog(admin, 'xlsx')) as unknown as ArrayBuffer);
    wb.getWorksheet('items')!.getRow(2).getCell(3).value = '';
    wb.getWorksheet('materials')!.getRow(3).getCell(3).value = 'PAPER';
    const bad = await importCatalog(admin, { format: 'xlsx', bytes: Buffer.from(await wb.xlsx.writeBuffer()) }, monday);
    const firstCode = String(wb.getWorksheet('items')!.getRow(2).getCell(1).value);
    const materialOf = String(wb.getWorksheet('materials')!.getRow(3).getCell(1).value);
    const itemOf = (code: string) =>
      wb
        .getWorksheet('items')!
        .getColumn(1)
        .values.findIndex((v) => v === code) - 1;
    const materialIndex = wb
      .getWorksheet('materials')!
      .getColumn(1)
      .values.slice(2, 3)
      .filter((v) => v === materialOf).length;
    expect(bad.problems).toEqual([
      { item: 1, basicCode: firstCode, sheet: 'items', row: 2, field: 'name', key: 'required', value: null, expected: null },
      {
        item: itemOf(materialOf),
        basicCode: materialOf,
        sheet: 'materials',
        row: 3,
        field: `materials.${materialIndex}.form`,
        key: 'invalid',
        value: '"PAPER"',
        expected: 'ORIGINAL | COPY | ELECTRONIC',
      },
    ]);
    expect(await db.serviceItemVersion.count()).toBe(before);
  });

  it('converts no wrong type, checks between fields anyway, and refuses a department of another level', async () => {
    const admin = await actorOf('admin');
    const before = await db.serviceItemVersion.count();
    const good = await sampleDocument({ basicCode: 'STRICT-1' });
    const cityDept = await db.department.findFirstOrThrow({ where: { region: { level: 'CITY' } }, select: { code: true } });
    const file = {
      format: 'yichuang-catalog',
      formatVersion: 1,
      items: [
        // "yes" once became false, true a 1-day limit, "3" a depth of 3.
        { ...good, appointment: 'yes', promisedLimitDays: true, onlineDepth: '3', keywords: '营业执照' },
        // A type error does not hide the promised limit above the statutory one, nor an unknown situation.
        {
          ...good,
          basicCode: 'STRICT-2',
          postalDelivery: 1,
          statutoryLimitDays: 5,
          promisedLimitDays: 10,
          steps: [{ name: '受理', limitDays: 0.3 }],
          materials: [{ ...good.materials[0]!, situations: ['没有这个情形'] }],
        },
        // A county item run by a city bureau.
        { ...good, basicCode: 'STRICT-3', level: 'COUNTY', departmentCode: cityDept.code },
      ],
    };
    const result = await importCatalog(admin, { format: 'json', bytes: new TextEncoder().encode(JSON.stringify(file)) }, monday);
    expect(result.imported).toBe(0);
    const json = { sheet: null, row: null };
    expect(result.problems).toEqual([
      { ...json, item: 1, basicCode: 'STRICT-1', field: 'promisedLimitDays', key: 'wrongType', value: 'true', expected: 'number' },
      { ...json, item: 1, basicCode: 'STRICT-1', field: 'onlineDepth', key: 'wrongType', value: '"3"', expected: 'number' },
      { ...json, item: 1, basicCode: 'STRICT-1', field: 'appointment', key: 'wrongType', value: '"yes"', expected: 'boolean' },
      { ...json, item: 1, basicCode: 'STRICT-1', field: 'keywords', key: 'wrongType', value: '"营业执照"', expected: 'list' },
      { ...json, item: 2, basicCode: 'STRICT-2', field: 'steps.0.limitDays', key: 'halfDay', value: '0.3', expected: null },
      { ...json, item: 2, basicCode: 'STRICT-2', field: 'postalDelivery', key: 'wrongType', value: '1', expected: 'boolean' },
      { ...json, item: 2, basicCode: 'STRICT-2', field: 'promisedLimitDays', key: 'promisedAboveStatutory', value: '10', expected: null },
      { ...json, item: 2, basicCode: 'STRICT-2', field: 'materials.0.situations', key: 'unknownSituation', value: '["没有这个情形"]', expected: null },
      { ...json, item: 3, basicCode: 'STRICT-3', field: 'departmentCode', key: 'departmentLevel', value: JSON.stringify(cityDept.code), expected: 'COUNTY' },
    ]);
    expect(await db.serviceItemVersion.count()).toBe(before);

    // A workbook keeps its typed cells; text that is plainly a number or TRUE/FALSE reads as such, "yes" does not.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportCatalog(admin, 'xlsx')) as unknown as ArrayBuffer);
    const items = wb.getWorksheet('items')!;
    const column = (name: string) => (items.getRow(1).values as unknown[]).indexOf(name);
    items.getRow(2).getCell(column('appointment')).value = 'yes';
    items.getRow(2).getCell(column('onlinePayment')).value = 'FALSE';
    items.getRow(2).getCell(column('onlineDepth')).value = '4';
    items.getRow(3).getCell(column('promisedLimitDays')).value = true;
    const bad = await importCatalog(admin, { format: 'xlsx', bytes: Buffer.from(await wb.xlsx.writeBuffer()) }, monday);
    const code = (row: number) => String(items.getRow(row).getCell(1).value);
    expect(bad.problems).toEqual([
      { item: 1, basicCode: code(2), sheet: 'items', row: 2, field: 'appointment', key: 'wrongType', value: '"yes"', expected: 'boolean' },
      { item: 2, basicCode: code(3), sheet: 'items', row: 3, field: 'promisedLimitDays', key: 'wrongType', value: 'true', expected: 'number' },
    ]);
    expect(await db.serviceItemVersion.count()).toBe(before);
  });

  it('gives back the same content after export, change, import and export (JSON and XLSX)', async () => {
    const admin = await actorOf('admin');
    const exported = JSON.parse((await exportCatalog(admin, 'json')).toString('utf8')) as { items: ItemVersionDocument[] };
    expect(exported.items.length).toBe(await db.serviceItemVersion.count({ where: { status: 'PUBLISHED' } }));
    // Importing what was exported changes nothing.
    const same = await importCatalog(
      admin,
      { format: 'json', bytes: new TextEncoder().encode(JSON.stringify({ format: 'yichuang-catalog', formatVersion: 1, items: exported.items })) },
      monday,
    );
    expect(same).toMatchObject({ problems: [], created: 0, updated: 0 });

    // The seeded form fields travel with their items.
    expect(exported.items.find((i) => i.basicCode === '511A0015500009')?.formFields.map((f) => f.key)).toEqual([
      'placeName',
      'placeAddress',
      'placeCategory',
      'floorArea',
      'staffCount',
      'openingDate',
    ]);

    const changed = [...exported.items];
    changed[0] = { ...changed[0]!, fee: '每件 10 元', feeBasis: '《收费标准》' };
    const withFields = changed.findIndex((i) => i.basicCode === '000131024000');
    changed[withFields] = {
      ...changed[withFields]!,
      formFields: [...changed[withFields]!.formFields, { key: 'seats', label: '就餐座位数', kind: 'number', required: false, options: [], maxLength: null }],
    };
    changed.push(
      await sampleDocument({
        basicCode: 'ZZ-NEW',
        implementationCode: 'ZZ-NEW-511602',
        formFields: [
          { key: 'placeName', label: '场所名称', kind: 'text', required: true, options: [], maxLength: 80 },
          { key: 'scope', label: '经营项目', kind: 'select', required: true, options: ['热食类食品制售', '冷食类食品制售'], maxLength: null },
          { key: 'openingDate', label: '拟开业日期', kind: 'date', required: false, options: [], maxLength: null },
        ],
      }),
    );
    const result = await importCatalog(
      admin,
      { format: 'json', bytes: new TextEncoder().encode(JSON.stringify({ format: 'yichuang-catalog', formatVersion: 1, items: changed })) },
      monday,
    );
    expect(result).toMatchObject({ problems: [], created: 1, updated: 2 });
    const again = await exportCatalogDocuments(admin);
    expect(again).toEqual([...changed].sort((a, b) => (a.basicCode < b.basicCode ? -1 : a.basicCode > b.basicCode ? 1 : 0)));

    // XLSX: export, import, export gives the same documents.
    const xlsx = await exportCatalog(admin, 'xlsx');
    const sheet = new ExcelJS.Workbook();
    await sheet.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(sheet.getWorksheet('formFields')!.getRow(1).values).toEqual([undefined, 'basicCode', 'key', 'label', 'kind', 'required', 'options', 'maxLength']);
    expect(sheet.getWorksheet('formFields')!.rowCount - 1).toBe(again.reduce((n, d) => n + d.formFields.length, 0));
    const viaXlsx = await importCatalog(admin, { format: 'xlsx', bytes: xlsx }, monday);
    expect(viaXlsx).toMatchObject({ problems: [], created: 0, updated: 0 });
    expect(await exportCatalogDocuments(admin)).toEqual(again);
  });
});

describe('departments and windows', () => {
  it('creates and edits them, reporting taken codes and unknown regions at their fields, with an audit', async () => {
    const admin = await actorOf('admin');
    const region = await db.region.findFirstOrThrow({ where: { level: 'COUNTY' }, select: { code: true } });
    const market = await countyDepartment('市场监督管理局');
    const { id } = await saveDepartment(admin, { code: 'TEST-DEPT', name: '测试局', shortName: null, regionCode: region.code, upperDepartmentCode: null });
    await saveDepartment(admin, { id, code: 'TEST-DEPT', name: '测试管理局', shortName: '测试', regionCode: region.code, upperDepartmentCode: null });
    expect(await db.department.findUniqueOrThrow({ where: { id }, select: { name: true } })).toEqual({ name: '测试管理局' });
    const error = await saveDepartment(admin, {
      code: market.code,
      name: '市场监督管理局',
      shortName: null,
      regionCode: 'NOPE',
      upperDepartmentCode: 'NOPE',
    }).catch((e: AppError) => e);
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      details: { fieldErrors: { code: ['codeTaken'], regionCode: ['unknownRegion'], upperDepartmentCode: ['unknownDepartment'] } },
    });
    const w = await saveWindow(admin, { code: 'W99', name: '测试窗口', kind: 'RESULT', regionCode: region.code });
    await expect(saveWindow(admin, { code: 'W99', name: '重复', kind: 'RESULT', regionCode: region.code })).rejects.toMatchObject({
      details: { fieldErrors: { code: ['codeTaken'] } },
    });
    expect(await db.auditEvent.count({ where: { entityId: { in: [id, w.id] } } })).toBe(3);
    await expect(saveWindow(await actorOf('lead'), { code: 'W98', name: 'x', kind: 'RESULT', regionCode: region.code })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('lists them 20 a page by code, one list at a time, with the row being edited and both counts', async () => {
    const admin = await actorOf('admin');
    const all = await db.department.findMany({ orderBy: { code: 'asc' }, select: { id: true, code: true } });
    expect(all.length).toBeGreaterThan(20);
    const first = await listDepartmentsAndWindows(admin, orgListSchema.parse({}));
    if (first.list !== 'departments') throw new Error(`the departments were asked for, not ${first.list}`);
    expect(first.rows.map((d) => d.code)).toEqual(all.slice(0, 20).map((d) => d.code));
    expect(first.next).toBe(all[19].code);
    expect(first.upperOptions).toHaveLength(all.length);
    expect(first.counts).toEqual({ departments: all.length, windows: await db.window.count() });
    const second = await listDepartmentsAndWindows(admin, orgListSchema.parse({ after: first.next, edit: all[3].id }));
    expect(second.rows.map((d) => d.code)).toEqual(all.slice(20, 40).map((d) => d.code));
    expect(second.editing).toMatchObject({ id: all[3].id, code: all[3].code });

    const windows = await listDepartmentsAndWindows(admin, orgListSchema.parse({ list: 'windows', after: '"; DROP', edit: 'nope' }));
    expect(windows.list).toBe('windows');
    expect(windows.rows.map((w) => w.code)).toEqual(
      (await db.window.findMany({ orderBy: { code: 'asc' }, take: 20, select: { code: true } })).map((w) => w.code),
    );
    expect(windows.editing).toBeNull();
    await expect(listDepartmentsAndWindows(await actorOf('lead'), orgListSchema.parse({}))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('access', () => {
  it('is NOT_FOUND for anyone but the admin', async () => {
    const [clerk, supervisor, applicant] = await Promise.all([actorOf('clerk'), actorOf('supervisor'), actorOf('zhangsan')]);
    const { itemId, versionId } = await publishedDocument('普通护照签发');
    const doc = await sampleDocument();
    for (const actor of [clerk, supervisor, applicant]) {
      await expect(listServiceItems(actor)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(createServiceItem(actor, doc)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(createDraftVersion(actor, itemId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(publishVersion(actor, { versionId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(getVersionHistory(actor, { itemId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(cancelServiceItem(actor, { itemId, reason: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(getQualityReport(actor)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(exportCatalog(actor, 'json')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(importCatalog(actor, { format: 'json', bytes: new Uint8Array() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });
});
