import { describe, expect, it } from 'vitest';
import { ageOn, birthDateOf, certificateTerms } from '@/lib/results/certificate-types';
import { deliveryMethodsOf, checkDeliveryChoice } from '@/lib/results/delivery-options';

// 2026-12-06 10:00 in Shanghai.
const issuedAt = new Date('2026-12-06T02:00:00Z');
const ctx = (type: string, holderIdNo: string, answers: Record<string, unknown> = {}) =>
  certificateTerms(type, { resultName: type, holderName: '张三', holderIdNo, holderKind: 'PERSON', issuer: '示范县公安局', issuedAt, answers });
// An ID number of someone born on `birth` (the check digit does not matter to the rules).
const born = (birth: string) => `511602${birth.replaceAll('-', '')}1234`;
const until = (v: Date | null) => v && new Date(v.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

describe('certificate terms by type and age', () => {
  it('reads the birth date and the age from an ID number', () => {
    expect(birthDateOf(born('1990-03-15'))).toBe('1990-03-15');
    expect(birthDateOf('511602199002301234')).toBeNull();
    expect(ageOn('1990-12-07', '2026-12-06')).toBe(35);
    expect(ageOn('1990-12-06', '2026-12-06')).toBe(36);
  });

  it('gives a passport 10 years from 16 and 5 years below (护照法 第五条)', () => {
    expect(until(ctx('中华人民共和国普通护照', born('1990-03-15')).validUntil)).toBe('2036-12-05');
    expect(until(ctx('中华人民共和国普通护照', born('2010-12-06')).validUntil)).toBe('2036-12-05'); // 16 today
    expect(until(ctx('中华人民共和国普通护照', born('2010-12-07')).validUntil)).toBe('2031-12-05'); // 15
    const fields = ctx('中华人民共和国普通护照', born('1990-03-15')).fields;
    expect(fields).toContainEqual({ label: '护照类型', value: '普通护照（P）' });
    expect(fields.map((f) => f.label)).not.toContain('许可范围');
  });

  it('gives an ID card 5, 10, 20 years or 长期 by age (居民身份证法 第五条)', () => {
    expect(until(ctx('居民身份证', born('2015-01-01')).validUntil)).toBe('2031-12-05'); // 11
    expect(until(ctx('居民身份证', born('2001-12-06')).validUntil)).toBe('2036-12-05'); // 25
    expect(until(ctx('居民身份证', born('2000-12-06')).validUntil)).toBe('2046-12-05'); // 26
    expect(until(ctx('居民身份证', born('1981-12-06')).validUntil)).toBe('2046-12-05'); // 45
    expect(ctx('居民身份证', born('1980-12-06')).validUntil).toBeNull(); // 46: 长期
  });

  it('gives a licence its own term and its answers as fields', () => {
    const food = ctx('食品经营许可证', '91511602MA62YF8K0X', { premises: '科创路8号', businessItem: '热食类食品制售', floorArea: '180' });
    expect(until(food.validUntil)).toBe('2031-12-05');
    expect(food.fields).toEqual([
      { label: '许可事项', value: '食品经营许可证' },
      { label: '经营场所', value: '科创路8号' },
      { label: '经营项目', value: '热食类食品制售' },
    ]);
    expect(until(ctx('公共场所卫生许可证', '91511602MA62YF8K0X').validUntil)).toBe('2030-12-05');
    expect(ctx('营业执照', '91511602MA62YF8K0X').validUntil).toBeNull();
    expect(ctx('结婚证', born('1990-03-15'))).toEqual({ validUntil: null, fields: [{ label: '证照名称', value: '结婚证' }] });
  });

  it('ends a term begun on 29 February on 28 February', () => {
    const leap = certificateTerms('食品经营许可证', {
      resultName: 'x',
      holderName: 'x',
      holderIdNo: 'x',
      holderKind: 'COMPANY',
      issuer: 'x',
      issuedAt: new Date('2028-02-29T02:00:00Z'),
      answers: {},
    });
    expect(until(leap.validUntil)).toBe('2033-02-28');
  });
});

describe('delivery methods per item', () => {
  it('always offers the window, post and download as the catalog allows', () => {
    expect(deliveryMethodsOf({ postalDelivery: false, electronicDelivery: false, resultCertificate: null })).toEqual(['WINDOW']);
    expect(deliveryMethodsOf({ postalDelivery: true, electronicDelivery: true, resultCertificate: '食品经营许可证' })).toEqual([
      'WINDOW',
      'POST',
      'ELECTRONIC',
    ]);
    // A passport booklet cannot be downloaded, whatever the item says.
    expect(deliveryMethodsOf({ postalDelivery: true, electronicDelivery: true, resultCertificate: '中华人民共和国普通护照' })).toEqual(['WINDOW', 'POST']);
  });

  it('refuses a method the item does not offer and a post without an address', () => {
    const item = { postalDelivery: false, electronicDelivery: false, resultCertificate: null };
    expect(checkDeliveryChoice(item, { method: 'POST', address: '人民路18号' })).toEqual({ deliveryMethod: ['notAnOption'] });
    expect(checkDeliveryChoice({ ...item, postalDelivery: true }, { method: 'POST', address: ' ' })).toEqual({ deliveryAddress: ['required'] });
    expect(checkDeliveryChoice(item, { method: 'WINDOW', address: '' })).toEqual({});
  });
});
