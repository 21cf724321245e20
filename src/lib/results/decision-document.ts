import 'server-only';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { verificationBlock } from '@/lib/verification/verification-block';

export type DecisionDocumentData = {
  decision: 'APPROVED' | 'DENIED';
  licensing: boolean; // 行政许可 items get the statutory title
  itemName: string;
  applicantName: string;
  applicantKind: 'PERSON' | 'COMPANY'; // addressed as 你 or 你单位
  receiptNumber: string;
  checkCode: string;
  submittedAt: Date | null;
  acceptedAt: Date | null;
  decidedAt: Date;
  reason: string | null;
  legalBasis: string[];
  departments: string[]; // issuing departments, with their region
  certificate: { type: string; number: string } | null;
};

const date = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });

/** The title of the decision: 准予/不予 + 行政许可 for licensing items (行政许可法 第三十八条), else 办理. */
export function decisionTitle(d: Pick<DecisionDocumentData, 'decision' | 'licensing'>): string {
  return `${d.decision === 'APPROVED' ? '准予' : '不予'}${d.licensing ? '行政许可' : '办理'}决定书`;
}

/**
 * 准予 / 不予 … 决定书 as a pdfmake definition. A denial states its reasons,
 * the legal basis and the applicant's remedies (行政许可法 第三十八条第二款);
 * every decision names the issuing department(s) and ends with its
 * verification block (receipt number + check code).
 */
export async function decisionDocument(d: DecisionDocumentData): Promise<TDocumentDefinitions> {
  const title = decisionTitle(d);
  const basis = d.legalBasis.length > 0 ? d.legalBasis.map((b) => (b.startsWith('《') ? b : `《${b}》`)).join('、') : '有关法律、法规';
  const filed = d.submittedAt ?? d.acceptedAt;
  const you = d.applicantKind === 'COMPANY' ? '你单位' : '你';
  // The decision in full words: 决定准予行政许可 / 决定不予办理, a finished sentence.
  const what = d.licensing ? '行政许可' : '办理';
  const intro = `${you}${filed ? `于${date.format(filed)}` : ''}提出的“${d.itemName}”申请（受理编号：${d.receiptNumber}），本机关已依法受理。`;
  const body: Content[] =
    d.decision === 'APPROVED'
      ? [
          { text: `${intro}经审查，该申请符合法定条件、标准，根据${basis}的规定，决定准予${what}。`, margin: [0, 0, 0, 10] },
          ...(d.certificate
            ? [
                {
                  text: `准予后核发的“${d.certificate.type}”电子证照（证照编号：${d.certificate.number}）已存入${you}的材料库，可在后续办事中直接调用。`,
                  margin: [0, 0, 0, 10],
                } as Content,
              ]
            : []),
          ...(d.reason ? [{ text: `审查意见：${d.reason}`, margin: [0, 0, 0, 10] } as Content] : []),
        ]
      : [
          { text: `${intro}经审查，该申请不符合法定条件、标准，根据${basis}的规定，决定不予${what}。理由如下：`, margin: [0, 0, 0, 10] },
          {
            table: {
              widths: [80, '*'],
              body: [
                [{ text: '不予理由', bold: true }, d.reason ?? '—'],
                [{ text: '法律依据', bold: true }, basis],
              ],
            },
            margin: [0, 0, 0, 10],
          },
          { text: `${you}如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者六个月内依法向人民法院提起行政诉讼。`, margin: [0, 0, 0, 10] },
        ];
  const content: Content[] = [
    { text: d.departments.join('\n'), alignment: 'center', fontSize: 12, color: '#555555' },
    { text: title, alignment: 'center', fontSize: 20, bold: true, margin: [0, 6, 0, 4] },
    { text: `受理编号：${d.receiptNumber}`, alignment: 'center', fontSize: 10, color: '#555555', margin: [0, 0, 0, 18] },
    { text: `${d.applicantName}：`, margin: [0, 0, 0, 8] },
    ...body,
    { stack: [...d.departments, date.format(d.decidedAt)], alignment: 'right', margin: [0, 28, 0, 0] },
    await verificationBlock('受理编号', d.receiptNumber, d.checkCode),
  ];
  return { info: { title: `${title}-${d.receiptNumber}` }, content };
}
