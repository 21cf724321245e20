import { describe, expect, it } from 'vitest';
import { renderPdf } from '@/lib/pdf/render-pdf';
import { qrDataUrl } from '@/lib/pdf/qr-data-url';

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
