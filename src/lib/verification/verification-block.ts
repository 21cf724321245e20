import 'server-only';
import type { Content } from 'pdfmake/interfaces';
import { qrDataUrl } from '@/lib/pdf/qr-data-url';
import { verifyUrl } from './verify-url';

/**
 * The block every printed notice, decision and certificate ends with: its
 * number, its verification code and a QR code to the public /verify page, so
 * whoever holds the paper can check it was really issued (no forged papers).
 */
export async function verificationBlock(numberLabel: string, number: string, code: string, purpose?: string): Promise<Content> {
  const url = verifyUrl(number, code);
  return {
    unbreakable: true,
    margin: [0, 24, 0, 0],
    columns: [
      { image: await qrDataUrl(url), width: 96 },
      {
        margin: [12, 6, 0, 0],
        stack: [
          // A paper with two QR codes says which is which.
          ...(purpose ? [{ text: purpose, bold: true, margin: [0, 0, 0, 2] } as Content] : []),
          { text: [`${numberLabel}：`, { text: number, bold: true }] },
          { text: ['验证码：', { text: code, bold: true }] },
          { text: '扫描二维码，或访问以下地址输入编号和验证码，可核验本文书的真实性：', fontSize: 9, color: '#555555', margin: [0, 4, 0, 0] },
          { text: url, fontSize: 8, color: '#1d4ed8' },
        ],
      },
    ],
  };
}
