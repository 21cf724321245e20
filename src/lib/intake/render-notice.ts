import 'server-only';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Actor } from '@/lib/auth/actor';
import { recordStaffRead } from '@/lib/audit/record-staff-read';
import { findVisibleApplication } from '@/lib/applications/find-visible-application';
import { AppError } from '@/lib/errors';
import { renderPdf } from '@/lib/pdf/render-pdf';
import { verificationBlock } from '@/lib/verification/verification-block';
import { CENTER } from '@/lib/center';
import { acceptanceNoticeDocument, noticeDate } from './acceptance-notice-document';
import type { CorrectionItem } from './get-correction-notice';

export const noticeKinds = ['acceptance', 'correction', 'rejection'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

const date = noticeDate;

/**
 * 受理通知书 / 一次性告知书 / 不予受理通知书 as a PDF, for the applicant and the
 * staff who may see the case. A notice that was never issued is "not found".
 */
export async function renderNotice(actor: Actor, applicationId: string, kind: NoticeKind) {
  const application = await findVisibleApplication(actor, applicationId, {
    id: true,
    status: true,
    receiptNumber: true,
    checkCode: true,
    applicantName: true,
    contactName: true,
    submittedAt: true,
    acceptedAt: true,
    promisedDueAt: true,
    statutoryDueAt: true,
    closedReason: true,
    version: { select: { name: true, promisedLimitDays: true, department: { select: { name: true, region: { select: { name: true } } } } } },
    corrections: { orderBy: { issuedAt: 'desc' }, take: 1, select: { items: true, note: true, issuedAt: true, documentNumber: true } },
    auditEvents: { where: { action: 'reject' }, orderBy: { id: 'desc' }, take: 1, select: { at: true } },
  });
  const head = (title: string, subtitle?: string): Content[] => [
    { text: CENTER, alignment: 'center', fontSize: 12, color: '#555555' },
    { text: title, alignment: 'center', fontSize: 20, bold: true, margin: [0, 6, 0, subtitle ? 4 : 18] },
    ...(subtitle ? [{ text: subtitle, alignment: 'center', fontSize: 10, color: '#555555', margin: [0, 0, 0, 18] } as Content] : []),
    { text: `${application.applicantName}：`, margin: [0, 0, 0, 8] },
  ];
  const footer = (at: Date | null): Content => ({
    stack: [CENTER, at ? date.format(at) : ''],
    alignment: 'right',
    margin: [0, 36, 0, 0],
  });
  let content: Content[];
  let filename: string;

  if (kind === 'acceptance') {
    if (!application.receiptNumber || !application.acceptedAt) throw new AppError('NOT_FOUND');
    filename = `受理通知书-${application.receiptNumber}.pdf`;
    content = await acceptanceNoticeDocument({
      applicantName: application.applicantName,
      itemName: application.version.name,
      // In full, with its region: 示范县市场监督管理局, not 市场监督管理局.
      departmentName: `${application.version.department.region.name}${application.version.department.name}`,
      receiptNumber: application.receiptNumber,
      checkCode: application.checkCode,
      submittedAt: application.submittedAt,
      acceptedAt: application.acceptedAt,
      promisedDueAt: application.promisedDueAt,
      statutoryDueAt: application.statutoryDueAt,
    });
  } else if (kind === 'correction') {
    const notice = application.corrections[0];
    if (!notice) throw new AppError('NOT_FOUND');
    const items = notice.items as CorrectionItem[];
    // Notices issued before document numbers existed keep the case id they were printed with.
    const number = notice.documentNumber ?? application.id;
    filename = `一次性告知书-${number}.pdf`;
    content = [
      ...head('一次性告知书（补正材料通知）', `文书编号：${number}`),
      {
        text: `您申请的“${application.version.name}”，经审查，以下 ${items.length} 项材料需要补正。请一次性补齐后在线提交或到窗口办理：`,
        margin: [0, 0, 0, 12],
      },
      {
        table: {
          headerRows: 1,
          widths: [24, '*', 50, '*'],
          body: [
            [
              { text: '序号', bold: true },
              { text: '材料名称', bold: true },
              { text: '问题', bold: true },
              { text: '补正要求', bold: true },
            ],
            ...items.map((item, i) => [String(i + 1), item.name, item.status === 'MISSING' ? '缺少' : '不符合要求', item.reason]),
          ],
        },
      },
      ...(notice.note ? [{ text: `说明：${notice.note}`, margin: [0, 12, 0, 0] } as Content] : []),
      { text: '补正材料提交后，受理期限自收到全部补正材料之日起重新计算。', margin: [0, 12, 0, 0] },
      footer(notice.issuedAt),
      await verificationBlock('文书编号', number, application.checkCode),
    ];
  } else {
    if (application.status !== 'REJECTED' || !application.closedReason) throw new AppError('NOT_FOUND');
    // rejectApplication stores "reason（依据：legal basis）".
    const match = /^(.*)（依据：(.*)）$/s.exec(application.closedReason);
    filename = `不予受理通知书-${application.id}.pdf`;
    content = [
      ...head('不予受理通知书'),
      { text: `您申请的“${application.version.name}”，经审查，本中心决定不予受理。`, margin: [0, 0, 0, 12] },
      {
        table: {
          widths: [80, '*'],
          body: [
            ['理由', match ? match[1] : application.closedReason],
            ['依据', match ? match[2] : '—'],
          ],
        },
      },
      { text: '如不服本决定，可以依法申请行政复议或者提起行政诉讼。', margin: [0, 12, 0, 0] },
      footer(application.auditEvents[0]?.at ?? null),
      await verificationBlock('文书编号', application.id, application.checkCode),
    ];
  }
  await recordStaffRead(actor, { entity: 'Notice', entityId: `${application.id}:${kind}`, applicationId: application.id, name: filename });
  const doc: TDocumentDefinitions = { info: { title: filename.replace(/\.pdf$/, '') }, content };
  return { filename, bytes: await renderPdf(doc) };
}
