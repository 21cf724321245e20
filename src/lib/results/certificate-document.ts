import 'server-only';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { verificationBlock } from '@/lib/verification/verification-block';
import type { CertificateField } from './certificate-types';

export type CertificateDocumentData = {
  number: string;
  type: string;
  holderName: string;
  holderIdNo: string;
  issuer: string;
  issuedAt: Date;
  validUntil: Date | null;
  scope: string | null;
  /** The type's own lines (certificate-types.ts); none on certificates issued before them. */
  fields: CertificateField[];
  status: 'VALID' | 'REVOKED' | 'REPLACED';
  verifyCode: string;
};

const date = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });

/** A structured e-certificate (电子证照) printed as a PDF: its fields, and the verification block. */
export async function certificateDocument(c: CertificateDocumentData): Promise<TDocumentDefinitions> {
  const row = (label: string, value: string, bold = false) => [
    { text: label, bold: true, fillColor: '#f1f5f9' },
    { text: value, bold },
  ];
  return {
    info: { title: `${c.type}-${c.number}` },
    content: [
      { text: '电子证照', alignment: 'center', fontSize: 12, color: '#555555' },
      { text: c.type, alignment: 'center', fontSize: 22, bold: true, margin: [0, 6, 0, 18] },
      ...(c.status !== 'VALID'
        ? [
            {
              text: c.status === 'REVOKED' ? '本证照已注销，不再有效。' : '本证照已被新证替换，不再有效。',
              color: '#b91c1c',
              bold: true,
              alignment: 'center' as const,
              margin: [0, 0, 0, 12] as [number, number, number, number],
            },
          ]
        : []),
      {
        table: {
          widths: [110, '*'],
          body: [
            row('证照编号', c.number, true),
            row('持证主体', c.holderName, true),
            row('证件号码', c.holderIdNo),
            row('发证机关', c.issuer),
            row('发证日期', date.format(c.issuedAt)),
            row('有效期至', c.validUntil ? date.format(c.validUntil) : '长期'),
            ...c.fields.map((f) => row(f.label, f.value)),
            // Certificates issued before the types had their own fields keep their one line.
            ...(c.scope ? [row('许可范围', c.scope)] : []),
          ],
        },
        layout: { hLineColor: () => '#cbd5e1', vLineColor: () => '#cbd5e1', paddingTop: () => 6, paddingBottom: () => 6 },
      },
      { text: [{ text: c.issuer }, '\n', date.format(c.issuedAt)], alignment: 'right', margin: [0, 28, 0, 0] },
      await verificationBlock('证照编号', c.number, c.verifyCode),
    ],
  };
}
