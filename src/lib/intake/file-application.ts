import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { ApplicantKind, Channel, MaterialStatus } from '@/generated/prisma/enums';
import type { Actor } from '@/lib/auth/actor';
import { lockApplication, transitionApplication } from '@/lib/applications/transition';
import { recordAudit } from '@/lib/audit/record-audit';
import { dueDate } from '@/lib/clock/due-date';
import { loadClock } from '@/lib/clock/clock-settings';
import type { Tx } from '@/lib/db';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import type { NotifyMessage } from '@/lib/notify/render-message';
import { publishStatusChanged } from '@/lib/events/publish-case-event';
import { newCheckCode } from '@/lib/check-code';
import { INTAKE_LIMIT_DAYS } from './limits';

export type FiledMaterial = {
  requirementId: string;
  name: string;
  status: MaterialStatus;
  reason?: string | null;
  certificateId: string | null;
  fileIds: string[];
};

/**
 * Files a submitted application with its materials, audit event and message to
 * the applicant, in the caller's transaction: the one way online submission and
 * walk-in intake create a case. With `draftId` the applicant's own draft row
 * becomes the application (DRAFT -> SUBMITTED, under a row lock); a draft that
 * is no longer a draft was submitted by a racing request, which is reported as
 * a duplicate instead of filing twice.
 */
export async function fileApplication(
  tx: Tx,
  args: {
    actor: Actor;
    draftId?: string | null;
    version: { id: string; name: string };
    applicant: { id: string; kind: ApplicantKind; name: string; idNo: string };
    contact: { name: string; phone: string };
    situationIds: string[];
    formData?: Prisma.InputJsonValue;
    channel: Channel;
    registeredById?: string | null;
    windowId?: string | null;
    submitKey: string;
    materials: FiledMaterial[];
    auditData: Prisma.InputJsonValue;
    // null: no message of its own (a bundle's member: the bundle sends one for all).
    message: NotifyMessage | null;
    bundleCaseId?: string | null;
  },
  now: Date,
): Promise<{ id: string; duplicate: boolean }> {
  const { calendar, hours } = await loadClock();
  const fields = {
    versionId: args.version.id,
    applicantKind: args.applicant.kind,
    applicantName: args.applicant.name,
    applicantIdNo: args.applicant.idNo,
    contactName: args.contact.name,
    contactPhone: args.contact.phone,
    situationIds: args.situationIds,
    ...(args.formData !== undefined ? { formData: args.formData } : {}),
    channel: args.channel,
    registeredById: args.registeredById ?? null,
    windowId: args.windowId ?? null,
    submitKey: args.submitKey,
    bundleCaseId: args.bundleCaseId ?? null,
    submittedAt: now,
    intakeDueAt: dueDate({ acceptedAt: now, limitDays: INTAKE_LIMIT_DAYS, calendar, hours, now }),
  };

  let id: string;
  if (args.draftId) {
    await lockApplication(tx, args.draftId);
    const draft = await tx.application.findFirst({ where: { id: args.draftId, applicantId: args.applicant.id }, select: { id: true, status: true } });
    if (!draft || draft.status !== 'DRAFT') return { id: args.draftId, duplicate: true };
    await transitionApplication(tx, {
      applicationId: draft.id,
      from: ['DRAFT'],
      to: 'SUBMITTED',
      actor: args.actor,
      action: 'submit',
      set: fields,
      data: args.auditData,
    });
    id = draft.id;
  } else {
    const created = await tx.application.create({
      data: { ...fields, applicantId: args.applicant.id, status: 'SUBMITTED', checkCode: newCheckCode() },
      select: { id: true },
    });
    id = created.id;
    await recordAudit(tx, {
      actor: args.actor,
      entity: 'Application',
      entityId: id,
      applicationId: id,
      action: 'submit',
      from: null,
      to: 'SUBMITTED',
      data: args.auditData,
    });
    await publishStatusChanged(tx, { applicationId: id, from: null, to: 'SUBMITTED', action: 'submit' });
  }

  for (const m of args.materials) {
    await tx.applicationMaterial.create({
      data: {
        applicationId: id,
        requirementId: m.requirementId,
        name: m.name,
        status: m.status,
        reason: m.reason ?? null,
        certificateId: m.certificateId,
        files: { connect: m.fileIds.map((fileId) => ({ id: fileId })) },
      },
    });
  }
  if (args.message) await enqueueMessage(tx, { recipientId: args.applicant.id, message: args.message, link: `/me/applications/${id}` });
  return { id, duplicate: false };
}
