// The public catalog search and the tailored checklist, on the demo catalog.
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import messages from '@/i18n/messages/zh-CN';
import { getServiceGuide } from '@/lib/catalog/get-service-guide';
import { renderChecklist } from '@/lib/catalog/render-checklist';
import { searchServiceItems } from '@/lib/catalog/search-service-items';
import { db } from '@/lib/db';
import { checklistMaterials, isIfApplicable, requiredMaterials } from '@/lib/catalog/required-materials';

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

  it('finds an item by its exact full name, whatever the width of its punctuation', async () => {
    const withBrackets = await db.serviceItemVersion.findMany({ where: { status: 'PUBLISHED', name: { contains: '（' } }, select: { name: true } });
    expect(withBrackets.length).toBeGreaterThan(10);
    for (const { name } of withBrackets) {
      expect((await names({ q: name }))[0], name).toBe(name);
      expect((await names({ q: name.replace(/（/g, '(').replace(/）/g, ')') }))[0], name).toBe(name);
    }
    expect(await names({ q: '公共场所卫生许可（新办）' })).toEqual(['公共场所卫生许可（新办）']);
  });

  it('finds a homophone typed by mistake, below the exact matches', async () => {
    expect(await names({ q: '护炤' })).toContain('普通护照签发');
    expect(await names({ q: '户扣迁移' })).toContain('户口迁移审批');
    // 护照 itself is found as typed; a homophone never outranks it.
    const passport = await names({ q: '护照' });
    expect(passport[0]).toBe('普通护照签发');
  });

  it('ranks the items named after the words, then the items issuing them, above those that only ask for them', async () => {
    const licence = await names({ q: '营业执照', pageSize: 50 });
    expect(licence.length).toBeGreaterThan(10);
    const issuing = await db.serviceItemVersion.findMany({
      where: {
        status: 'PUBLISHED',
        OR: [{ resultName: { contains: '营业执照' } }, { resultCertificate: '营业执照' }],
        NOT: { name: { contains: '营业执照' } },
      },
      select: { name: true },
    });
    expect(issuing.map((v) => v.name)).toContain('公司设立登记');
    const named = licence.filter((n) => n.includes('营业执照'));
    expect(licence.slice(0, named.length).sort()).toEqual(named.sort());
    expect(licence.slice(named.length, named.length + issuing.length).sort()).toEqual(issuing.map((v) => v.name).sort());
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

  it('lists a conditional material that names no situation as 如适用 with its note, whatever is ticked, on the guide, the PDF and the apply form', async () => {
    const open = await db.materialRequirement.findMany({
      where: { required: false, situations: { none: {} }, version: { status: 'PUBLISHED', situations: { some: {} } } },
      select: { id: true, name: true, note: true, version: { select: { item: { select: { basicCode: true } } } } },
    });
    expect(open.length).toBeGreaterThan(0);
    for (const material of open) {
      const guide = (await getServiceGuide(material.version.item.basicCode))!;
      // Before, it was hidden even with every situation ticked.
      const all = guide.situations.map((s) => s.id);
      for (const ticked of [[], all]) {
        const listed = checklistMaterials(guide.materials, ticked).find((m) => m.id === material.id);
        expect(listed, `${material.name} ${ticked.length}`).toMatchObject({ ifApplicable: true, note: material.note });
      }
      // Required materials and those of the ticked situations are never 如适用.
      for (const m of checklistMaterials(guide.materials, all)) expect(m.ifApplicable).toBe(!m.required && m.situations.length === 0);
    }
    // The PDF asks for the 如适用 label once per such material.
    const guide = (await getServiceGuide(open[0]!.version.item.basicCode))!;
    const asked: string[] = [];
    const base = createTranslator({ locale: 'zh-CN', messages }) as unknown as (key: string, values?: Record<string, string | number>) => string;
    const t = ((key: string, values?: Record<string, string | number>) => (asked.push(key), base(key, values))) as Parameters<typeof renderChecklist>[1];
    await renderChecklist({ code: guide.code, situationIds: guide.situations.map((s) => s.id) }, t);
    expect(asked.filter((k) => k === 'catalog.ifApplicable')).toHaveLength(guide.materials.filter(isIfApplicable).length);
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
