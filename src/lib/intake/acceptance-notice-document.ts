import 'server-only';
import type { Content } from 'pdfmake/interfaces';
import { env } from '@/env';
import { qrDataUrl } from '@/lib/pdf/qr-data-url';
import { verificationBlock } from '@/lib/verification/verification-block';
import { CENTER } from '@/lib/center';

export const noticeDate = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });

/** The public progress page a notice's QR code opens, with the case already filled in (/track reads `no` and `code`). */
export function trackUrl(receiptNumber: string, checkCode: string): string {
  const url = new URL('/track', env.PUBLIC_BASE_URL);
  url.searchParams.set('no', receiptNumber);
  url.searchParams.set('code', checkCode);
  return url.toString();
}

export type AcceptanceNotice = {
  applicantName: string;
  itemName: string;
  departmentName: string;
  receiptNumber: string;
  checkCode: string;
  submittedAt: Date | null;
  acceptedAt: Date;
  promisedDueAt: Date | null;
  statutoryDueAt: Date | null;
};

/**
 * 受理通知书: the receipt number and check code, with a QR code that opens the
 * public progress page for this case (domain: "a PDF with a QR code to the
 * public progress page"), and the verification block for /verify at the end.
 */
export async function acceptanceNoticeDocument(notice: AcceptanceNotice): Promise<Content[]> {
  const url = trackUrl(notice.receiptNumber, notice.checkCode);
  return [
    { text: CENTER, alignment: 'center', fontSize: 12, color: '#555555' },
    { text: '受理通知书', alignment: 'center', fontSize: 20, bold: true, margin: [0, 6, 0, 18] },
    { text: `${notice.applicantName}：`, margin: [0, 0, 0, 8] },
    {
      text: `您于 ${noticeDate.format(notice.submittedAt ?? notice.acceptedAt)} 提交的“${notice.itemName}”申请，材料齐全、符合法定形式，本中心决定予以受理。`,
      margin: [0, 0, 0, 12],
    },
    {
      table: {
        widths: [110, '*'],
        body: [
          ['受理编号', { text: notice.receiptNumber, bold: true }],
          ['查询码', { text: notice.checkCode, bold: true }],
          ['承办部门', notice.departmentName],
          ['受理日期', noticeDate.format(notice.acceptedAt)],
          ['承诺办结日期', notice.promisedDueAt ? noticeDate.format(notice.promisedDueAt) : '—'],
          // Both due dates (domain.md): the promise is the center's, the statutory limit the law's.
          ['法定办结期限', notice.statutoryDueAt ? noticeDate.format(notice.statutoryDueAt) : '无法定期限'],
        ],
      },
    },
    {
      unbreakable: true,
      margin: [0, 16, 0, 0],
      columns: [
        { image: await qrDataUrl(url), width: 96 },
        {
          margin: [12, 6, 0, 0],
          stack: [
            { text: '二维码一：查询办理进度', bold: true },
            {
              text: '扫描二维码即可查看本件的办理进度，无需登录；也可访问以下地址，输入受理编号和查询码查询：',
              fontSize: 9,
              color: '#555555',
              margin: [0, 4, 0, 0],
            },
            { text: url, fontSize: 8, color: '#1d4ed8' },
          ],
        },
      ],
    },
    { stack: [CENTER, noticeDate.format(notice.acceptedAt)], alignment: 'right', margin: [0, 36, 0, 0] },
    await verificationBlock('受理编号', notice.receiptNumber, notice.checkCode, '二维码二：核验本通知书真伪'),
  ];
}
