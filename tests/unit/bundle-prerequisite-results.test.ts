import { describe, expect, it } from 'vitest';
import { resultProducer, tailorBundle } from '@/lib/bundles/rules';

const material = (id: string, name: string, certificateType: string | null = null) => ({ id, name, form: 'COPY', copies: 1, required: true, certificateType });
const guideMember = (
  code: string,
  o: { dependsOn?: string[]; result?: string; materials?: ReturnType<typeof material>[]; applicability?: 'ALWAYS' | 'SITUATION' } = {},
) => ({
  code,
  name: code.toUpperCase(),
  applicability: o.applicability ?? ('ALWAYS' as const),
  situations: o.applicability === 'SITUATION' ? ['s'] : [],
  dependsOn: o.dependsOn ?? [],
  resultCertificate: o.result ?? null,
  statutoryLimitDays: 5,
  promisedLimitDays: 1,
  materials: o.materials ?? [],
  fields: [],
});

// 开办餐饮店 in small: the license issues the 营业执照; the food licence waits for it; the sign runs in parallel.
const members = [
  guideMember('license', { result: '营业执照', materials: [material('l1', '申请书')] }),
  guideMember('food', { dependsOn: ['license'], result: '食品经营许可证', materials: [material('f1', '营业执照', '营业执照'), material('f2', '申请书')] }),
  guideMember('sign', { materials: [material('s1', '营业执照', '营业执照')] }),
  guideMember('chain', {
    dependsOn: ['food'],
    materials: [material('c1', '营业执照副本', '营业执照'), material('c2', '食品经营许可证', '食品经营许可证')],
    applicability: 'SITUATION',
  }),
];

describe('a prerequisite member’s result as a material', () => {
  it('finds the producing prerequisite directly or through others, never a member in parallel', () => {
    expect(resultProducer(members, 'food', '营业执照')?.code).toBe('license');
    expect(resultProducer(members, 'chain', '营业执照')?.code).toBe('license');
    expect(resultProducer(members, 'chain', '食品经营许可证')?.code).toBe('food');
    expect(resultProducer(members, 'sign', '营业执照')).toBeNull();
    expect(resultProducer(members, 'food', null)).toBeNull();
  });

  it('leaves it out of the one material list, says which member it comes from, and still counts it in the members’ lists', () => {
    const t = tailorBundle(members, { situations: [], optional: [] });
    expect(t.materials.map((m) => [m.name, m.uses.map((u) => u.memberCode)])).toEqual([
      ['申请书', ['license', 'food']],
      ['营业执照', ['sign']],
    ]);
    expect(t.fromMembers).toEqual([
      expect.objectContaining({ key: 'cert:营业执照', certificateType: '营业执照', producer: { code: 'license', name: 'LICENSE' } }),
    ]);
    expect(t.fromMembers[0]!.uses.map((u) => u.requirement.id)).toEqual(['f1']);
    expect(t.materialsAddedUp).toBe(4);
    const all = tailorBundle(members, { situations: ['s'], optional: [] });
    expect(all.fromMembers.map((f) => [f.certificateType, f.producer.code, f.uses.map((u) => u.memberCode)])).toEqual([
      ['营业执照', 'license', ['food', 'chain']],
      ['食品经营许可证', 'food', ['chain']],
    ]);
  });
});
