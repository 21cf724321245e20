import { describe, expect, it } from 'vitest';
import { versionActions } from '@/lib/catalog-admin/version-rules';
import { disclosedByDefault, PRIVATE_LIFE_ITEMS } from '@/lib/catalog/disclosure';
import { canApplyOnline } from '@/lib/catalog/online-application';
import { rectificationActions } from '@/lib/evaluation/rectification-rules';
import { checklistMaterials, isIfApplicable, requiredMaterials } from '@/lib/catalog/required-materials';
import { maskCertificateNumber } from '@/lib/verification/mask';

describe('canApplyOnline', () => {
  it('takes online applications from depth 3', () => {
    expect([1, 2, 3, 4].map((onlineDepth) => canApplyOnline({ onlineDepth }))).toEqual([false, false, true, true]);
  });
});

describe('versionActions and rectificationActions', () => {
  it('lets only the draft of an active item change', () => {
    expect(versionActions({ status: 'DRAFT', itemStatus: 'ACTIVE' })).toEqual({ edit: true, publish: true });
    for (const status of ['PUBLISHED', 'RETIRED'] as const) expect(versionActions({ status, itemStatus: 'ACTIVE' })).toEqual({ edit: false, publish: false });
    for (const itemStatus of ['CANCELLED', 'MERGED', 'SPLIT'] as const) expect(versionActions({ status: 'DRAFT', itemStatus }).edit).toBe(false);
  });
  it('works a rectification while pending or in progress and not closed', () => {
    expect(rectificationActions({ status: 'PENDING', closedAt: null })).toEqual({ open: true, start: true, finish: true });
    expect(rectificationActions({ status: 'IN_PROGRESS', closedAt: null })).toEqual({ open: true, start: false, finish: true });
    expect(rectificationActions({ status: 'IN_PROGRESS', closedAt: new Date() }).open).toBe(false);
    expect(rectificationActions({ status: 'DONE', closedAt: new Date() }).finish).toBe(false);
  });
});

describe('如适用 materials', () => {
  const materials = [
    { id: 'a', required: true, situations: [] },
    { id: 'b', required: false, situations: [{ id: 's1' }] },
    { id: 'c', required: false, situations: [] },
  ];
  it('lists a conditional material without situations whatever is ticked, and never requires it', () => {
    expect(checklistMaterials(materials, []).map((m) => [m.id, m.ifApplicable])).toEqual([
      ['a', false],
      ['c', true],
    ]);
    expect(checklistMaterials(materials, ['s1']).map((m) => [m.id, m.ifApplicable])).toEqual([
      ['a', false],
      ['b', false],
      ['c', true],
    ]);
    expect(requiredMaterials(materials, ['s1']).map((m) => m.id)).toEqual(['a', 'b']);
    expect(materials.filter(isIfApplicable).map((m) => m.id)).toEqual(['c']);
  });
});

describe('disclosure', () => {
  it('masks a certificate number like an ID number', () => {
    expect(maskCertificateNumber('2026000000123')).toBe('202******0123');
    expect(maskCertificateNumber('E12345678')).toBe('E*******8');
  });
  it('discloses licensing items, never a private life event', () => {
    expect(disclosedByDefault({ basicCode: '511A0146000000', type: 'LICENSING' })).toBe(true);
    expect(disclosedByDefault({ basicCode: '511A0116400001', type: 'LICENSING' })).toBe(false);
    expect(disclosedByDefault({ basicCode: 'X', type: 'PUBLIC_SERVICE' })).toBe(false);
    expect(Object.values(PRIVATE_LIFE_ITEMS).every((k) => ['identity', 'travel', 'household', 'marriage', 'assistance', 'health'].includes(k))).toBe(true);
  });
});
