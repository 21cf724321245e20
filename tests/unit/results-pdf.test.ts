import { describe, expect, it } from 'vitest';
import { renderPdf } from '@/lib/pdf/render-pdf';
import { certificateDocument } from '@/lib/results/certificate-document';
import { decisionDocument } from '@/lib/results/decision-document';
import { maskPersonName, publicHolderName } from '@/lib/verification/mask';

/** Every string in a pdfmake definition, in order: what the PDF will print. */
function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    return ['text', 'stack', 'columns', 'table', 'body', 'content'].map((k) => (k in o ? textOf(o[k]) : '')).join('');
  }
  return '';
}

const decided = {
  licensing: true,
  itemName: '普通护照签发',
  applicantName: '张三',
  applicantKind: 'PERSON' as const,
  receiptNumber: '511602-20261123-00001',
  checkCode: 'ABC234',
  submittedAt: new Date('2026-11-23T02:00:00Z'),
  acceptedAt: new Date('2026-11-23T02:00:00Z'),
  decidedAt: new Date('2026-11-24T02:00:00Z'),
  legalBasis: ['《中华人民共和国护照法》第五条、第六条'],
  departments: ['示范县公安局'],
};

describe('the decision document', () => {
  it('states an approval with item, applicant, receipt number, basis, department, date and verification', async () => {
    const doc = await decisionDocument({
      ...decided,
      decision: 'APPROVED',
      reason: null,
      certificate: { type: '中华人民共和国普通护照', number: '2026000000001' },
    });
    const text = textOf(doc.content);
    for (const part of [
      '准予行政许可决定书',
      '张三：',
      '“普通护照签发”',
      '511602-20261123-00001',
      '《中华人民共和国护照法》第五条、第六条',
      '决定准予',
      '示范县公安局',
      '2026年11月24日',
      '2026000000001',
      '验证码：',
      'ABC234',
      '/verify?no=511602-20261123-00001&code=ABC234',
    ]) {
      expect(text).toContain(part);
    }
    // Titles of laws are quoted once, whether or not the catalog already quotes them.
    expect(text).toContain('根据《中华人民共和国护照法》第五条、第六条的规定，决定准予行政许可。');
    // A person is addressed as 你.
    expect(text).toContain('你于2026年11月23日提出的');
    expect(text).not.toContain('你（单位）');
    const pdf = await renderPdf(doc);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('NotoSansCJKsc');
  });

  it('states a denial with its reasons, legal basis and remedies, naming every deciding department', async () => {
    const doc = await decisionDocument({
      ...decided,
      licensing: false,
      decision: 'DENIED',
      reason: '印章式样不符合规定。',
      departments: ['示范县市场监督管理局', '示范县公安局'],
      certificate: null,
    });
    const text = textOf(doc.content);
    for (const part of [
      '不予办理决定书',
      '决定不予',
      '不予理由',
      '印章式样不符合规定。',
      '法律依据',
      '行政复议',
      '行政诉讼',
      '示范县市场监督管理局',
      '示范县公安局',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('电子证照');
    // A finished sentence, not "决定不予。"; a company is addressed as 你单位.
    expect(text).toContain('决定不予办理。');
    expect(text).not.toContain('决定不予。');
    const company = textOf(
      (
        await decisionDocument({
          ...decided,
          applicantKind: 'COMPANY',
          applicantName: '示范县云帆科技有限公司',
          decision: 'DENIED',
          reason: '不符合条件。',
          certificate: null,
        })
      ).content,
    );
    expect(company).toContain('你单位于2026年11月23日提出的');
    expect(company).toContain('决定不予行政许可。');
    expect(company).toContain('你单位如不服本决定');
  });
});

describe('the certificate PDF', () => {
  it('prints the structured certificate with its verification block', async () => {
    const doc = await certificateDocument({
      number: '2026000000001',
      type: '中华人民共和国普通护照',
      holderName: '张三',
      holderIdNo: '511602199001011232',
      issuer: '示范县公安局',
      issuedAt: new Date('2026-11-24T02:00:00Z'),
      validUntil: new Date('2036-11-23T15:59:59Z'),
      scope: null,
      fields: [
        { label: '护照类型', value: '普通护照（P）' },
        { label: '出生日期', value: '1990-01-01' },
      ],
      status: 'VALID',
      verifyCode: 'XYZ23456',
    });
    const text = textOf(doc.content);
    for (const part of [
      '电子证照',
      '中华人民共和国普通护照',
      '证照编号',
      '2026000000001',
      '持证主体',
      '张三',
      '发证机关',
      '示范县公安局',
      '2026年11月24日',
      '2036年11月23日',
      '护照类型',
      '普通护照（P）',
      '出生日期',
      'XYZ23456',
      '/verify?no=2026000000001&code=XYZ23456',
    ]) {
      expect(text).toContain(part);
    }
    // A passport is not a licence: no 许可范围 line repeating its own name (issue 13 point 2).
    expect(text).not.toContain('许可范围');
    expect(text).not.toContain('已注销');
  });

  it('says so on a certificate replaced by a newer one', async () => {
    const doc = await certificateDocument({
      number: '2026000000002',
      type: '居民身份证',
      holderName: '张三',
      holderIdNo: '511602199001011232',
      issuer: '示范县公安局',
      issuedAt: new Date('2016-11-24T02:00:00Z'),
      validUntil: new Date('2036-11-23T15:59:59Z'),
      scope: null,
      fields: [],
      status: 'REPLACED',
      verifyCode: 'XYZ23457',
    });
    expect(textOf(doc.content)).toContain('本证照已被新证替换，不再有效。');
    const pdf = await renderPdf(doc);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('masking on public pages', () => {
  it('keeps the first character of a person, and the last of a longer name', () => {
    expect(maskPersonName('张三')).toBe('张*');
    expect(maskPersonName('张三丰')).toBe('张*丰');
    expect(maskPersonName('欧阳娜娜')).toBe('欧**娜');
    expect(maskPersonName('王')).toBe('*');
    expect(publicHolderName('示范县云帆科技有限公司', true)).toBe('示范县云帆科技有限公司');
    expect(publicHolderName('李经理', false)).toBe('李*理');
  });
});
