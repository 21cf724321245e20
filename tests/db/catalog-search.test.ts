// The public catalog search and the tailored checklist, on the demo catalog.
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import messages from '@/i18n/messages/zh-CN';
import { getServiceGuide } from '@/lib/catalog/get-service-guide';
import { renderChecklist } from '@/lib/catalog/render-checklist';
import { searchServiceItems } from '@/lib/catalog/search-service-items';
import { db } from '@/lib/db';
import { requiredMaterials } from '@/lib/catalog/required-materials';

const names = async (input: Parameters<typeof searchServiceItems>[0]) => (await searchServiceItems(input)).items.map((i) => i.name);

describe('searchServiceItems', () => {
  it('finds Chinese words in names, keywords, materials and departments', async () => {
    expect(await names({ q: '公共场所卫生' })).toContain('公共场所卫生许可（新办）');
    expect((await names({ q: '户口' })).length).toBeGreaterThan(1);
    expect(await names({ q: '居民户口簿' })).toContain('户口迁移审批');
    expect(await names({ q: '公安局' })).toContain('居民身份证申领');
  });

  it('ranks a match in the name above matches elsewhere', async () => {
    const [first] = await names({ q: '户口' });
    expect(first).toMatch(/户口/);
  });

  it('finds full pinyin and pinyin initials', async () => {
    expect(await names({ q: 'ggcs' })).toContain('公共场所卫生许可（新办）');
    expect(await names({ q: 'hukou' })).toContain('户口迁移审批');
    expect(await names({ q: 'HuKou QianYi' })).toEqual(['户口迁移审批']);
    expect(await names({ q: 'jmsfz' })).toContain('居民身份证申领');
  });

  it('tolerates one missing character', async () => {
    expect(await names({ q: '公场所卫生' })).toContain('公共场所卫生许可（新办）');
    expect(await names({ q: '户迁移审批' })).toContain('户口迁移审批');
  });

  it('finds nothing for nonsense and needs every word', async () => {
    expect((await searchServiceItems({ q: '量子纠缠' })).total).toBe(0);
    expect((await searchServiceItems({ q: '户口 食品' })).total).toBe(0);
  });

  it('filters by department, type, level, handling class, online depth and life event', async () => {
    const all = await searchServiceItems({ pageSize: 100 });
    expect(all.total).toBe(await db.serviceItemVersion.count({ where: { status: 'PUBLISHED' } }));

    const police = all.items.find((i) => i.name === '居民身份证申领')!;
    const byDept = await searchServiceItems({ department: police.departmentId, pageSize: 100 });
    expect(byDept.total).toBeGreaterThan(0);
    expect(byDept.items.every((i) => i.departmentId === police.departmentId)).toBe(true);

    const checks: [Parameters<typeof searchServiceItems>[0], (i: (typeof all.items)[number]) => boolean][] = [
      [{ type: 'BENEFIT' }, (i) => i.type === 'BENEFIT'],
      [{ level: 'CITY' }, (i) => i.level === 'CITY'],
      [{ handlingClass: 'ESCALATED' }, (i) => i.handlingClass === 'ESCALATED'],
      [{ onlineDepth: 4 }, (i) => i.onlineDepth >= 4],
      [{ lifeEvent: '生育' }, (i) => i.lifeEvents.includes('生育')],
    ];
    for (const [filter, holds] of checks) {
      const result = await searchServiceItems({ ...filter, pageSize: 100 });
      expect(result.total, JSON.stringify(filter)).toBe(all.items.filter(holds).length);
      expect(result.total, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(result.items.every(holds), JSON.stringify(filter)).toBe(true);
    }
    const births = await searchServiceItems({ q: 'hukou', lifeEvent: '生育' });
    expect(births.items.map((i) => i.name)).toContain('出生登记（户口登记）');
    expect(births.items.every((i) => i.lifeEvents.includes('生育'))).toBe(true);
  });

  it('pages the results', async () => {
    const first = await searchServiceItems({ pageSize: 10 });
    const second = await searchServiceItems({ pageSize: 10, page: 2 });
    const beyond = await searchServiceItems({ pageSize: 10, page: 99 });
    expect(first.items).toHaveLength(10);
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    expect(beyond.items).toHaveLength(0);
    expect(beyond.total).toBe(first.total);
    expect(first.pageCount).toBe(Math.ceil(first.total / 10));
  });

  it('only shows published versions of active items', async () => {
    await db.serviceItem.update({ where: { basicCode: '511A0147300000' }, data: { status: 'CANCELLED' } });
    expect(await names({ q: 'hukou' })).not.toContain('户口迁移审批');
  });
});

describe('tailored checklist', () => {
  it('adds the materials of the chosen situations only', async () => {
    const guide = (await getServiceGuide('511A0147300000'))!;
    expect(guide.situations.length).toBeGreaterThan(0);
    const base = requiredMaterials(guide.materials, []);
    expect(base.every((m) => m.required)).toBe(true);
    for (const situation of guide.situations) {
      const tailored = requiredMaterials(guide.materials, [situation.id]);
      const extra = tailored.filter((m) => !m.required);
      expect(extra.length).toBeGreaterThan(0);
      expect(extra.every((m) => m.situations.some((s) => s.id === situation.id))).toBe(true);
    }
  });

  it('renders the tailored checklist as a PDF, unknown situations ignored', async () => {
    const guide = (await getServiceGuide('511A0015500009'))!;
    const t = createTranslator({ locale: 'zh-CN', messages }) as unknown as Parameters<typeof renderChecklist>[1];
    const { bytes, filename } = await renderChecklist({ code: guide.code, situationIds: [guide.situations[0]!.id, 'nope'] }, t);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(filename).toBe('公共场所卫生许可（新办）-申请材料清单.pdf');
    await expect(renderChecklist({ code: 'NOPE', situationIds: [] }, t)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
