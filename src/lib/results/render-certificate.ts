import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';
import { visibleApplications } from '@/lib/applications/access';
import { recordStaffRead } from '@/lib/audit/record-staff-read';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { renderPdf } from '@/lib/pdf/render-pdf';
import { certificateDocument } from './certificate-document';
import { certificateFields, printedCertificateSelect } from '@/lib/verification/certificate-fields';

/**
 * An e-certificate as a PDF: for its holder, and for staff who may see the
 * case that issued it. Anyone else gets "not found".
 */
export async function renderCertificate(actor: Actor, certificateId: string) {
  const allowed: Prisma.CertificateWhereInput = actor.role === 'APPLICANT' ? { holderId: actor.id } : { application: visibleApplications(actor) };
  const certificate = await db.certificate.findFirst({
    where: { AND: [{ id: certificateId }, allowed] },
    select: { ...printedCertificateSelect, holderIdNo: true, applicationId: true },
  });
  if (!certificate) throw new AppError('NOT_FOUND');
  await recordStaffRead(actor, { entity: 'Certificate', entityId: certificateId, applicationId: certificate.applicationId, name: certificate.number });
  const { data, ...rest } = certificate;
  return {
    filename: `${certificate.type}-${certificate.number}.pdf`,
    bytes: await renderPdf(await certificateDocument({ ...rest, fields: certificateFields(data) })),
  };
}
