import { describe, expect, it } from 'vitest';
import { fullPinyin, fuzzyPatterns, homophonePattern, normalizeSearchText, pinyinInitials, queryWords, searchTextOf } from '@/lib/catalog/search-text';

describe('pinyin', () => {
  it('gives full pinyin without tones or spaces', () => {
    expect(fullPinyin('居民户口簿')).toBe('juminhukoubu');
    expect(fullPinyin('银行开户许可（A类）')).toBe('yinhangkaihuxukealei');
  });
  it('gives the initials', () => {
    expect(pinyinInitials('公共场所卫生许可')).toBe('ggcswsxk');
  });
});

describe('searchTextOf', () => {
  const text = searchTextOf({
    name: '公共场所卫生许可',
    keywords: ['卫生许可证'],
    materials: ['居民户口簿', '营业执照'],
    departments: ['卫生健康局', null],
  });

  it('holds the Chinese words, their pinyin and the initials of name and keywords', () => {
    for (const part of ['公共场所卫生许可', '居民户口簿', '卫生健康局', 'gonggongchangsuoweishengxuke', 'weishengjiankangju', 'ggcswsxk', 'wsxkz'])
      expect(text).toContain(part);
  });
  it('keeps materials in Chinese only', () => {
    expect(text).not.toContain('juminhukoubu');
    expect(text).not.toContain('jmhkb');
  });
  it('is lower case, without duplicates or empty parts', () => {
    const again = searchTextOf({ name: 'ABC许可', keywords: ['ABC许可'] });
    expect(again).toBe('abc许可 abcxuke abcxk');
  });
});

describe('width folding', () => {
  it('stores full-width punctuation and letters as the query reads them', () => {
    const text = searchTextOf({ name: '公共场所卫生许可（新办）', keywords: ['ＡＢＣ证'] });
    expect(text).toContain('公共场所卫生许可(新办)');
    expect(text).toContain('abc证');
    for (const word of queryWords('公共场所卫生许可（新办）')) expect(text).toContain(word);
    for (const word of queryWords('公共场所卫生许可(新办)')) expect(text).toContain(word);
  });
  it('gives the same form to both', () => {
    expect(normalizeSearchText(' 营业执照（Ａ类） ')).toBe('营业执照(a类)');
  });
});

describe('homophones', () => {
  it('looks for a Chinese word by its pinyin too', () => {
    expect(homophonePattern('护炤')).toBe('%huzhao%');
    expect(searchTextOf({ name: '普通护照签发' })).toContain('huzhao');
  });
  it('leaves single characters and Latin words alone', () => {
    expect(homophonePattern('证')).toBeNull();
    expect(homophonePattern('hukou')).toBeNull();
  });
});

describe('queries', () => {
  it('splits on spaces and Chinese punctuation, lower-cased and width-folded', () => {
    expect(queryWords(' ＨＵＫＯＵ  营业执照，变更 ')).toEqual(['hukou', '营业执照', '变更']);
  });
  it('tolerates one missing character of a Chinese word', () => {
    const patterns = fuzzyPatterns('公场所卫生');
    expect(patterns).toContain('%公_场所卫生%');
    const like = (p: string) => new RegExp(`^${p.replace(/%/g, '.*').replace(/_/g, '.')}$`);
    expect(patterns.some((p) => like(p).test('公共场所卫生许可'))).toBe(true);
  });
  it('keeps three typed characters together in every pattern, for the trigram index', () => {
    for (const word of ['公场所卫生', '户迁移审批', '营业执照']) for (const p of fuzzyPatterns(word)) expect(p).toMatch(/[^%_]{3}/u);
    expect(fuzzyPatterns('营业执照')).not.toContain('%营业_执照%');
  });
  it('does not make short or Latin words fuzzy', () => {
    expect(fuzzyPatterns('户口')).toEqual([]);
    expect(fuzzyPatterns('ggcs')).toEqual([]);
  });
});
