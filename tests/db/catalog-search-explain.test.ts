// Search that explains itself (issue 13, point 5), on the demo catalog.
import { describe, expect, it } from 'vitest';
import { searchServiceItems, suggestServiceItems } from '@/lib/catalog/search-service-items';

const reasonsOf = async (q: string, name: string) => (await searchServiceItems({ q })).items.find((i) => i.name === name)?.reasons;

describe('why each result matched', () => {
  it('labels a match in the name, a material, a department and pinyin', async () => {
    expect(await reasonsOf('户口', '户口迁移审批')).toEqual([{ kind: 'name' }]);
    expect(await reasonsOf('居民户口簿', '户口迁移审批')).toEqual([{ kind: 'material', text: expect.stringContaining('居民户口簿') }]);
    expect(await reasonsOf('公安局', '居民身份证申领')).toEqual([{ kind: 'department', text: expect.stringContaining('公安局') }]);
    expect(await reasonsOf('hukou', '户口迁移审批')).toEqual([{ kind: 'pinyin', text: '户口迁移审批' }]);
    expect(await reasonsOf('ggcs', '公共场所卫生许可（新办）')).toEqual([{ kind: 'pinyin', text: '公共场所卫生许可（新办）' }]);
  });

  it('labels a tolerated spelling as similar, and says the search tolerated it', async () => {
    const result = await searchServiceItems({ q: '户迁移审批' });
    expect(result.tolerant).toBe(true);
    expect(result.items.find((i) => i.name === '户口迁移审批')?.reasons).toEqual([{ kind: 'similar' }]);
    expect((await searchServiceItems({ q: '户口' })).tolerant).toBe(false);
  });

  it('gives no reasons without a query', async () => {
    const result = await searchServiceItems({});
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.items.every((i) => i.reasons.length === 0)).toBe(true);
  });
});

describe('close items when nothing is found', () => {
  it('suggests items sharing most of a Chinese query that finds nothing', async () => {
    expect((await searchServiceItems({ q: '护照办理' })).total).toBe(0);
    const suggested = await suggestServiceItems('护照办理');
    // First, above the 集成办理 bundles that share only the common 办理.
    expect(suggested[0]?.name).toBe('普通护照签发');
    expect(suggested.length).toBeLessThanOrEqual(5);
    expect(suggested[0]).toMatchObject({ code: expect.any(String) });
  });

  it('suggests by pinyin similarity for a misspelled pinyin query', async () => {
    expect((await searchServiceItems({ q: 'hukuo' })).total).toBe(0);
    expect((await suggestServiceItems('hukuo')).map((s) => s.name)).toContain('户口迁移审批');
  });

  it('suggests nothing for a query unlike any item', async () => {
    expect(await suggestServiceItems('飞船发射')).toEqual([]);
    expect(await suggestServiceItems('!!')).toEqual([]);
  });
});
