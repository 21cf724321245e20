import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { visibleApplications } from '@/lib/applications/access';
import { recordStaffRead } from '@/lib/audit/record-staff-read';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { renderPdf } from '@/lib/pdf/render-pdf';
import { decisionDocument, decisionTitle } from './decision-document';

/**
 * The decision document of a decided case as a PDF, for the applicant and the
 * staff who may see the case (a reviewer only when their department had a
 * task in it). An undecided case has none: "not found".
 */
export async function renderDecision(actor: Actor, applicationId: string) {
  const application = await db.application.findFirst({
    where: { AND: [{ id: applicationId, status: { in: ['DECIDED', 'DELIVERED'] }, decision: { not: null } }, visibleApplications(actor)] },
    select: {
      receiptNumber: true,
      checkCode: true,
      applicantName: true,
      applicantKind: true,
      submittedAt: true,
      acceptedAt: true,
      decision: true,
      decisionReason: true,
      decidedAt: true,
      version: {
        select: {
          name: true,
          type: true,
          legalBasis: true,
          department: { select: { name: true, region: { select: { name: true } } } },
        },
      },
      tasks: {
        where: { status: { in: ['APPROVED', 'DENIED'] } },
        orderBy: [{ stageSort: 'asc' }, { department: { code: 'asc' } }],
        select: { department: { select: { name: true, region: { select: { name: true } } } } },
      },
      certificates: { orderBy: { issuedAt: 'asc' }, take: 1, select: { type: true, number: true } },
    },
  });
  if (!application || !application.decision || !application.decidedAt || !application.receiptNumber) throw new AppError('NOT_FOUND');
  const { version } = application;
  const fullName = (d: { name: string; region: { name: string } }) => `${d.region.name}${d.name}`;
  // The departments that decided (joint items: each of them); 即办件 are decided in the item's own department's name.
  const departments = [...new Set(application.tasks.map((t) => fullName(t.department)))];
  if (departments.length === 0) departments.push(fullName(version.department));
  const data = {
    decision: application.decision,
    licensing: version.type === 'LICENSING',
    itemName: version.name,
    applicantName: application.applicantName,
    applicantKind: application.applicantKind,
    receiptNumber: application.receiptNumber,
    checkCode: application.checkCode,
    submittedAt: application.submittedAt,
    acceptedAt: application.acceptedAt,
    decidedAt: application.decidedAt,
    reason: application.decisionReason,
    legalBasis: version.legalBasis,
    departments,
    certificate: application.certificates[0] ?? null,
  };
  const filename = `${decisionTitle(data)}-${application.receiptNumber}.pdf`;
  await recordStaffRead(actor, { entity: 'Decision', entityId: applicationId, applicationId, name: filename });
  return { filename, bytes: await renderPdf(await decisionDocument(data)) };
}
