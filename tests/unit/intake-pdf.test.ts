import { describe, expect, it } from 'vitest';
import { acceptanceNoticeDocument, trackUrl } from '@/lib/intake/acceptance-notice-document';
import { renderPdf } from '@/lib/pdf/render-pdf';
import { qrDataUrl } from '@/lib/pdf/qr-data-url';
import { verifyUrl } from '@/lib/verification/verify-url';

describe('renderPdf', () => {
  it('renders Chinese text and a QR code into a PDF', async () => {
    const qr = await qrDataUrl('http://localhost/track?no=X&code=Y');
    const pdf = await renderPdf({
      content: [
        { text: '受理通知书', bold: true, fontSize: 18, alignment: 'center' },
        { text: '示范县政务服务中心 一窗通办：您申请的事项已受理。' },
        { image: qr, width: 100 },
      ],
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Only the embedded CJK font (subset) is used, never a standard font.
    expect(pdf.toString('latin1')).toContain('NotoSansCJKsc');
    if (process.env.PDF_OUT) (await import('node:fs')).writeFileSync(process.env.PDF_OUT, pdf);
  });

  it('refuses to read local files named in a document', async () => {
    await expect(renderPdf({ content: [{ image: '/etc/passwd' }] })).rejects.toThrow();
  });
});

describe('renderPdf, again', () => {
  it('renders many documents in a row and at once', async () => {
    const docs = await Promise.all([1, 2, 3].map((n) => renderPdf({ content: [{ text: `第${n}份`, bold: n === 2 }] })));
    docs.push(await renderPdf({ content: ['再来一份'] }));
    for (const pdf of docs) expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

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

/** Every image (the QR codes) in a pdfmake definition. */
function imagesOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(imagesOf);
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    return [...(typeof o.image === 'string' ? [o.image] : []), ...Object.values(o).flatMap(imagesOf)];
  }
  return [];
}

describe('the acceptance notice', () => {
  const notice = {
    applicantName: '张三',
    itemName: '普通护照签发',
    departmentName: '示范县公安局',
    receiptNumber: '511602-20261123-00001',
    checkCode: 'ABC234',
    submittedAt: new Date('2026-11-23T02:00:00Z'),
    acceptedAt: new Date('2026-11-23T03:00:00Z'),
    promisedDueAt: new Date('2026-12-04T09:00:00Z'),
    statutoryDueAt: new Date('2026-12-21T09:00:00Z'),
  };

  it('carries a QR code to the public progress page with the case filled in, and its verification code for /verify', async () => {
    const content = await acceptanceNoticeDocument(notice);
    const text = textOf(content);
    const track = trackUrl(notice.receiptNumber, notice.checkCode);
    expect(track).toMatch(/\/track\?no=511602-20261123-00001&code=ABC234$/);
    for (const part of [
      '受理通知书',
      '张三：',
      '“普通护照签发”',
      '511602-20261123-00001',
      'ABC234',
      '示范县公安局',
      '2026年11月23日',
      '2026年12月4日',
      track,
      '验证码：',
      '/verify?no=511602-20261123-00001&code=ABC234',
    ]) {
      expect(text).toContain(part);
    }
    // Both due dates, and each QR code says what it is for.
    for (const part of ['承办部门', '承诺办结日期', '法定办结期限', '2026年12月21日', '二维码一：查询办理进度', '二维码二：核验本通知书真伪'])
      expect(text).toContain(part);
    expect(textOf(await acceptanceNoticeDocument({ ...notice, statutoryDueAt: null }))).toContain('无法定期限');
    // Two QR codes: the progress page of this case, and the notice's verification.
    const images = imagesOf(content);
    expect(images).toHaveLength(2);
    expect(images).toContain(await qrDataUrl(track));
    expect(images).toContain(await qrDataUrl(verifyUrl(notice.receiptNumber, notice.checkCode)));
    const pdf = await renderPdf({ content });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
