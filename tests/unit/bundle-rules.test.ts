import { describe, expect, it } from 'vitest';
import type { FormField } from '@/lib/catalog/form-fields';
import {
  applicableMembers,
  checkBundleDefinition,
  findDependencyCycle,
  materialKey,
  memberNames,
  mergeFormFields,
  mergeMaterials,
  memberLimitSum,
} from '@/lib/bundles/rules';

const member = (code: string, applicability: 'ALWAYS' | 'SITUATION' | 'OPTIONAL', situations: string[] = [], dependsOn: string[] = []) => ({
  code,
  applicability,
  situations,
  dependsOn,
});
const material = (id: string, name: string, form = 'COPY', certificateType: string | null = null, copies = 1) => ({
  id,
  name,
  form,
  copies,
  required: true,
  certificateType,
});
const field = (key: string, required = true): FormField => ({ key, label: key, kind: 'text', required, options: [] }) as unknown as FormField;

describe('member applicability by situation', () => {
  const members = [
    member('license', 'ALWAYS'),
    member('food', 'ALWAYS', [], ['license']),
    member('hygiene', 'SITUATION', ['large']),
    member('sign', 'SITUATION', ['sign', 'large']),
    member('fund', 'OPTIONAL'),
    member('card', 'OPTIONAL', [], ['hygiene']),
  ];
  const codes = (s: string[], o: string[] = []) => applicableMembers(members, s, o).map((m) => m.code);

  it('always takes ALWAYS members and SITUATION members only in one of their situations', () => {
    expect(codes([])).toEqual(['license', 'food']);
    expect(codes(['sign'])).toEqual(['license', 'food', 'sign']);
    expect(codes(['large'])).toEqual(['license', 'food', 'hygiene', 'sign']);
    expect(codes(['unknown'])).toEqual(['license', 'food']);
  });

  it('takes OPTIONAL members when chosen, and leaves out a member whose prerequisite is left out', () => {
    expect(codes([], ['fund'])).toEqual(['license', 'food', 'fund']);
    expect(codes([], ['card'])).toEqual(['license', 'food']);
    expect(codes(['large'], ['card'])).toEqual(['license', 'food', 'hygiene', 'sign', 'card']);
  });
});

describe('one set of materials', () => {
  it('lists a material once when it has the same name and form, or the same e-certificate type, with every member that uses it', () => {
    const merged = mergeMaterials([
      { code: 'a', name: 'A', materials: [material('a1', '申请书'), material('a2', '营业执照', 'COPY', '营业执照'), material('a3', '场所平面图', 'ORIGINAL')] },
      {
        code: 'b',
        name: 'B',
        materials: [material('b1', '申请书'), material('b2', '企业营业执照复印件', 'COPY', '营业执照', 2), material('b3', '场所平面图', 'COPY')],
      },
    ]);
    expect(merged.map((m) => [m.name, m.uses.map((u) => u.memberCode)])).toEqual([
      ['申请书', ['a', 'b']],
      ['营业执照', ['a', 'b']],
      ['场所平面图', ['a']],
      ['场所平面图', ['b']],
    ]);
    expect(merged[1]!.copies).toBe(2);
    expect(materialKey({ name: ' 申请书 ', form: 'COPY' })).toBe(materialKey({ name: '申请书', form: 'COPY' }));
  });

  it('names each member that uses a material once, though it asks for it under two names', () => {
    const [licence] = mergeMaterials([
      { code: 'a', name: '公司设立登记', materials: [material('a1', '营业执照', 'COPY', '营业执照'), material('a2', '企业营业执照副本', 'COPY', '营业执照')] },
      { code: 'b', name: '印章刻制备案', materials: [material('b1', '营业执照', 'COPY', '营业执照')] },
    ]);
    expect(licence!.uses).toHaveLength(3);
    expect(memberNames(licence!.uses)).toEqual(['公司设立登记', '印章刻制备案']);
  });
});

describe('one form', () => {
  it('asks a key several members share once (required if any requires it) and groups the rest by member', () => {
    const form = mergeFormFields([
      { code: 'a', name: 'A', fields: [field('floorArea', false), field('premises')] },
      { code: 'b', name: 'B', fields: [field('floorArea'), field('placeName')] },
      { code: 'c', name: 'C', fields: [] },
    ]);
    expect(form.shared.map((f) => [f.key, f.required, f.memberCodes])).toEqual([['floorArea', true, ['a', 'b']]]);
    expect(form.byMember.map((m) => [m.code, m.fields.map((f) => f.key)])).toEqual([
      ['a', ['premises']],
      ['b', ['placeName']],
    ]);
  });
});

describe('bundle definition checks', () => {
  const published = new Map([
    ['A', { statutoryLimitDays: 3, promisedLimitDays: 1 }],
    ['B', { statutoryLimitDays: null, promisedLimitDays: 0.5 }],
    ['C', { statutoryLimitDays: 20, promisedLimitDays: 5 }],
  ]);
  const m = (itemCode: string, dependsOn: string[] = []) => ({ itemCode, applicability: 'ALWAYS' as const, situations: [], dependsOn });

  it('finds a cycle of dependencies', () => {
    expect(findDependencyCycle([member('A', 'ALWAYS', [], ['C']), member('B', 'ALWAYS', [], ['A']), member('C', 'ALWAYS', [], ['B'])])).toEqual([
      'A',
      'C',
      'B',
      'A',
    ]);
    expect(findDependencyCycle([member('A', 'ALWAYS'), member('B', 'ALWAYS', [], ['A'])])).toBeNull();
  });

  it('names every problem at once', () => {
    expect(checkBundleDefinition({ promisedLimitDays: 1, situations: [], members: [m('A', ['B']), m('B', ['A'])] }, published).members).toContain(
      'bundleCycle',
    );
    expect(checkBundleDefinition({ promisedLimitDays: 1, situations: [], members: [m('A'), m('A')] }, published)['members.1.itemCode']).toEqual([
      'memberTwice',
    ]);
    expect(checkBundleDefinition({ promisedLimitDays: 1, situations: [], members: [m('A'), m('X')] }, published)['members.1.itemCode']).toEqual([
      'memberNotPublished',
    ]);
    expect(checkBundleDefinition({ promisedLimitDays: 1, situations: [], members: [m('A'), m('B', ['Z'])] }, published)['members.1.dependsOn']).toEqual([
      'unknownMember',
    ]);
    expect(checkBundleDefinition({ promisedLimitDays: 1, situations: [], members: [m('A')] }, published).members).toEqual(['bundleNeedsTwo']);
  });

  it('allows a promised limit up to the members’ statutory limits added up (promised where none)', () => {
    expect(memberLimitSum([published.get('A')!, published.get('B')!])).toBe(3.5);
    expect(checkBundleDefinition({ promisedLimitDays: 3.5, situations: [], members: [m('A'), m('B')] }, published)).toEqual({});
    expect(checkBundleDefinition({ promisedLimitDays: 4, situations: [], members: [m('A'), m('B')] }, published).promisedLimitDays).toEqual([
      'bundleLimitAboveMembers',
    ]);
  });
});
