import { describe, expect, it } from 'vitest';
import { matchReasons, type MatchParts } from '@/lib/catalog/match-reasons';

const passport: MatchParts = {
  name: '普通护照签发',
  result: ['普通护照', null],
  keywords: ['出国', '护照'],
  materials: ['居民身份证', '照片回执'],
  departments: ['县公安局'],
  code: '11511602MB1234567X4000111001',
};

describe('why a catalog item matched', () => {
  it('names the field each word was found in, name first', () => {
    expect(matchReasons(['护照'], passport)).toEqual([{ kind: 'name' }]);
    expect(matchReasons(['出国'], passport)).toEqual([{ kind: 'keyword', text: '出国' }]);
    expect(matchReasons(['照片回执'], passport)).toEqual([{ kind: 'material', text: '照片回执' }]);
    expect(matchReasons(['公安'], passport)).toEqual([{ kind: 'department', text: '县公安局' }]);
    expect(matchReasons(['11511602mb'], passport)).toEqual([{ kind: 'code' }]);
  });

  it('says which Chinese a pinyin query spelled, in full or by initials', () => {
    expect(matchReasons(['huzhao'], passport)).toEqual([{ kind: 'pinyin', text: '普通护照签发' }]);
    expect(matchReasons(['chuguo'], passport)).toEqual([{ kind: 'pinyin', text: '出国' }]);
    expect(matchReasons(['pthz'], passport)).toEqual([{ kind: 'pinyin', text: '普通护照签发' }]);
  });

  it('names the result the item issues, and a tolerated spelling as similar', () => {
    const licence = { ...passport, name: '公司设立登记', result: ['营业执照'], keywords: [], materials: [] };
    expect(matchReasons(['营业执照'], licence)).toEqual([{ kind: 'result', text: '营业执照' }]);
    expect(matchReasons(['护炤'], passport)).toEqual([{ kind: 'similar' }]);
  });

  it('gives each reason once and three at most', () => {
    expect(matchReasons(['护照', '普通', '出国', '居民身份证', '公安'], passport)).toEqual([
      { kind: 'name' },
      { kind: 'keyword', text: '出国' },
      { kind: 'material', text: '居民身份证' },
    ]);
    expect(matchReasons([], passport)).toEqual([]);
  });
});
