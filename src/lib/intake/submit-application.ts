import 'server-only';
import { heldCertificateWhere } from '@/lib/library/list-held-certificates';
import { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { dueDate } from '@/lib/clock/due-date';
import { loadClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { newCheckCode } from './codes';
import { submitApplicationSchema, type SubmitApplicationInput } from './schemas';
import { requiredMaterials } from './required-materials';

/** Administrative Licensing Law art. 32: intake answers within 5 working days. */
export const INTAKE_LIMIT_DAYS = 5;

/**
 * An applicant submits an application online. Materials the applicant already
 * holds as e-certificates are attached from their library (零材料); every other
 * material required by the chosen situations needs at least one uploaded file.
 * Submitting twice with the same key returns the first application.
 */
export async function submitApplication(actor: Actor, input: SubmitApplicationInput, now = new Date()) {
  if (actor.role !== 'APPLICANT') throw new AppError('NOT_FOUND');
  const data = submitApplicationSchema.parse(input);

  const existing = await db.application.findUnique({ where: { submitKey: data.submitKey }, select: { id: true, applicantId: true } });
  if (existing) {
    if (existing.applicantId !== actor.id) throw new AppError('CONFLICT');
    return { id: existing.id, duplicate: true };
  }

  const version = await db.serviceItemVersion.findFirst({
    where: { id: data.versionId, status: 'PUBLISHED' },
    select: {
      id: true,
      name: true,
      situations: { select: { id: true } },
      materials: { select: { id: true, name: true, required: true, certificateType: true, situations: { select: { id: true } } }, orderBy: { sort: 'asc' } },
    },
  });
  if (!version) throw new AppError('NOT_FOUND');
  const situationIds = data.situationIds.filter((id) => version.situations.some((s) => s.id === id));

  const applicant = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { name: true, applicantKind: true, idNumber: true, companyName: true, creditCode: true },
  });
  const held = await db.certificate.findMany({
    where: heldCertificateWhere(actor.id, now),
    select: { id: true, type: true },
  });

  const fileIds = Object.values(data.files).flat();
  const files = await db.storedFile.findMany({
    where: { id: { in: fileIds }, ownerId: actor.id, materialId: null },
    select: { id: true },
  });
  if (files.length !== new Set(fileIds).size) throw new AppError('NOT_FOUND');

  const fieldErrors: Record<string, string[]> = {};
  const materials = requiredMaterials(version.materials, situationIds).map((m) => {
    const certificate = m.certificateType ? held.find((c) => c.type === m.certificateType) : undefined;
    const uploaded = data.files[m.id] ?? [];
    if (certificate && uploaded.length === 0) {
      return { requirementId: m.id, name: m.name, status: 'FROM_CERTIFICATE' as const, certificateId: certificate.id, fileIds: [] };
    }
    if (uploaded.length === 0) fieldErrors[`material.${m.id}`] = ['materialRequired'];
    return { requirementId: m.id, name: m.name, status: 'PROVIDED' as const, certificateId: null, fileIds: uploaded };
  });
  if (Object.keys(fieldErrors).length > 0) throw new AppError('MATERIALS_INCOMPLETE', { fieldErrors });

  const { calendar, hours } = await loadClock();
  const company = applicant.applicantKind === 'COMPANY';
  try {
    return await db.$transaction(async (tx) => {
      const application = await tx.application.create({
        data: {
          versionId: version.id,
          applicantId: actor.id,
          applicantKind: applicant.applicantKind ?? 'PERSON',
          applicantName: company ? (applicant.companyName ?? applicant.name) : applicant.name,
          applicantIdNo: (company ? applicant.creditCode : applicant.idNumber) ?? '',
          contactName: data.contactName,
          contactPhone: data.contactPhone,
          situationIds,
          formData: { note: data.note },
          channel: 'ONLINE',
          status: 'SUBMITTED',
          submitKey: data.submitKey,
          submittedAt: now,
          intakeDueAt: dueDate({ acceptedAt: now, limitDays: INTAKE_LIMIT_DAYS, calendar, hours, now }),
          checkCode: newCheckCode(),
        },
        select: { id: true },
      });
      for (const m of materials) {
        await tx.applicationMaterial.create({
          data: {
            applicationId: application.id,
            requirementId: m.requirementId,
            name: m.name,
            status: m.status,
            certificateId: m.certificateId,
            files: { connect: m.fileIds.map((id) => ({ id })) },
          },
        });
      }
      await recordAudit(tx, {
        actor,
        entity: 'Application',
        entityId: application.id,
        applicationId: application.id,
        action: 'submit',
        from: null,
        to: 'SUBMITTED',
        data: { channel: 'ONLINE', fromCertificates: materials.filter((m) => m.status === 'FROM_CERTIFICATE').length },
      });
      await enqueueMessage(tx, {
        recipientId: actor.id,
        subject: `申请已提交：${version.name}`,
        body: `您的“${version.name}”申请已提交，窗口将在 ${INTAKE_LIMIT_DAYS} 个工作日内作出受理决定。`,
        link: `/me/applications/${application.id}`,
      });
      return { id: application.id, duplicate: false };
    });
  } catch (error) {
    // The same key submitted twice at the same moment: the other one won.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await db.application.findUnique({ where: { submitKey: data.submitKey }, select: { id: true } });
      if (winner) return { id: winner.id, duplicate: true };
    }
    throw error;
  }
}
