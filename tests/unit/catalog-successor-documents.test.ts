import { describe, expect, it } from 'vitest';
import type { ItemVersionDocument } from '@/lib/catalog-admin/schemas';
import { mergedDocument, partDocument } from '@/lib/catalog-admin/successor-documents';

const material = (name: string, situations: string[] = []) => ({
  name,
  form: 'ORIGINAL' as const,
  copies: 1,
  required: situations.length === 0,
  situations,
  certificateType: null,
  note: null,
});

function doc(overrides: Partial<ItemVersionDocument>): ItemVersionDocument {
  return {
    basicCode: 'A',
    implementationCode: 'A-1',
    name: '甲',
    type: 'LICENSING',
    level: 'COUNTY',
    departmentCode: 'D1',
    legalBasis: ['《条例》第一条'],
    handlingClass: 'PROMISED',
    statutoryLimitDays: 20,
    promisedLimitDays: 5,
    acceptConditions: [],
    situations: [],
    materials: [],
    steps: [],
    stages: [],
    formFields: [],
    coHandling: [],
    fee: '不收费',
    feeBasis: null,
    onlineDepth: 3,
    appointment: true,
    onlinePayment: false,
    postalDelivery: true,
    postalFee: null,
    electronicDelivery: false,
    disclose: false,
    resultName: '许可证',
    resultType: 'CERTIFICATE',
    resultCertificate: null,
    contactPhone: '12345',
    complaintPhone: '12345',
    keywords: [],
    lifeEvents: [],
    ...overrides,
  };
}

describe('successor documents', () => {
  it('a merged guide starts from the first item and keeps every situation, material and basis once', () => {
    const a = doc({ situations: [{ name: '委托' }], materials: [material('申请书'), material('委托书', ['委托'])] });
    const b = doc({
      basicCode: 'B',
      name: '乙',
      departmentCode: 'D2',
      promisedLimitDays: 3,
      legalBasis: ['《条例》第一条', '《办法》第二条'],
      materials: [material('申请书'), material('场所证明')],
    });
    const merged = mergedDocument([a, b], { basicCode: 'AB', implementationCode: '', name: '甲乙' });
    expect(merged).toMatchObject({ basicCode: 'AB', name: '甲乙', departmentCode: 'D1', promisedLimitDays: 5, situations: [{ name: '委托' }] });
    expect(merged.materials.map((m) => m.name)).toEqual(['申请书', '委托书', '场所证明']);
    expect(merged.legalBasis).toEqual(['《条例》第一条', '《办法》第二条']);
    expect(merged.keywords).toEqual(['甲', '乙']);
  });

  it('a part keeps the situations given to it, their materials and the common ones', () => {
    const original = doc({
      situations: [{ name: '新建' }, { name: '扩建' }],
      materials: [material('申请书'), material('规划许可', ['新建']), material('原许可证', ['扩建']), material('图纸', ['新建', '扩建'])],
    });
    const part = partDocument(original, { basicCode: 'A-1', implementationCode: '', name: '甲（新建）', situations: ['新建'] });
    expect(part.situations).toEqual([{ name: '新建' }]);
    expect(part.materials.map((m) => [m.name, m.situations])).toEqual([
      ['申请书', []],
      ['规划许可', ['新建']],
      ['图纸', ['新建']],
    ]);
    expect(partDocument(original, { basicCode: 'A-2', implementationCode: '', name: '甲（通用）', situations: [] }).materials.map((m) => m.name)).toEqual([
      '申请书',
    ]);
  });
});
