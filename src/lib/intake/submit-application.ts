import 'server-only';
import { heldCertificateWhere } from '@/lib/library/list-held-certificates';
import { Prisma } from '@/generated/prisma/client';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fileApplication } from './file-application';
import { INTAKE_LIMIT_DAYS } from './limits';
import { draftDataSchema, submitApplicationSchema, type SubmitApplicationInput } from './schemas';
import { formFieldsOf } from '@/lib/catalog/form-fields';
import { checkAnswers } from './form-answers';
import { isIfApplicable, requiredMaterials } from '@/lib/catalog/required-materials';
import { canApplyOnline } from '@/lib/catalog/online-application';
import { checkDeliveryChoice } from '@/lib/results/delivery-options';

/**
 * An applicant submits an application online. Materials the applicant already
 * holds as e-certificates are attached from their library (零材料); every other
 * material required by the chosen situations needs at least one uploaded file.
 * Submitting twice with the same key returns the first application. With a
 * draft, the files stored in the draft count as uploaded and the draft row
 * itself becomes the application, so a double submit of a draft files once.
 */
export async function submitApplication(actor: Actor, input: SubmitApplicationInput, now = new Date()) {
  assertRole(actor, ['APPLICANT']);
  const data = submitApplicationSchema.parse(input);

  const existing = await filedWithKey(actor, data.submitKey);
  if (existing) return existing;

  const uploads: Record<string, string[]> = { ...data.files };
  if (data.draftId) {
    const draft = await db.application.findFirst({ where: { id: data.draftId, applicantId: actor.id }, select: { id: true, status: true, formData: true } });
    if (!draft) throw new AppError('NOT_FOUND');
    if (draft.status !== 'DRAFT') return { id: draft.id, duplicate: true };
    for (const [materialId, ids] of Object.entries(draftDataSchema.parse(draft.formData).files)) {
      uploads[materialId] = [...new Set([...ids, ...(uploads[materialId] ?? [])])];
    }
  }

  const version = await db.serviceItemVersion.findFirst({
    where: { id: data.versionId, status: 'PUBLISHED' },
    select: {
      id: true,
      name: true,
      onlineDepth: true,
      formFields: true,
      postalDelivery: true,
      electronicDelivery: true,
      resultCertificate: true,
      situations: { select: { id: true } },
      materials: { select: { id: true, name: true, required: true, certificateType: true, situations: { select: { id: true } } }, orderBy: { sort: 'asc' } },
    },
  });
  // An item handled only at the window (depth 1-2) is not there to be applied for online, whatever page was used.
  if (!version || !canApplyOnline(version)) throw new AppError('NOT_FOUND');
  const situationIds = data.situationIds.filter((id) => version.situations.some((s) => s.id === id));

  const applicant = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { name: true, applicantKind: true, idNumber: true, companyName: true, creditCode: true },
  });
  const held = await db.certificate.findMany({
    where: heldCertificateWhere(actor.id, now),
    select: { id: true, type: true },
  });

  // A 如适用 material is filed when the applicant gave it, and not asked for otherwise.
  const given = version.materials.filter((m) => isIfApplicable(m) && (uploads[m.id]?.length ?? 0) > 0);
  const required = [...requiredMaterials(version.materials, situationIds), ...given];
  // Files a draft kept for materials that the chosen situations no longer need stay out of the case.
  const fileIds = required.flatMap((m) => uploads[m.id] ?? []);
  const files = await db.storedFile.findMany({
    where: { id: { in: fileIds }, ownerId: actor.id, materialId: null },
    select: { id: true },
  });
  if (files.length !== new Set(fileIds).size) {
    // The same submission sent twice at once (the same key, or the same draft from two tabs): the other call filed these files a moment ago.
    const raced = (await filedWithKey(actor, data.submitKey)) ?? (data.draftId ? await filedDraft(actor, data.draftId) : null);
    if (raced) return raced;
    throw new AppError('NOT_FOUND');
  }

  // Everything missing is reported at once: the item's fields next to the materials.
  const { answers, fieldErrors } = checkAnswers(formFieldsOf(version.formFields), data.answers);
  const answersWrong = Object.keys(fieldErrors).length > 0;
  const materials = required.map((m) => {
    const certificate = m.certificateType ? held.find((c) => c.type === m.certificateType) : undefined;
    const uploaded = uploads[m.id] ?? [];
    if (certificate && uploaded.length === 0) {
      return { requirementId: m.id, name: m.name, status: 'FROM_CERTIFICATE' as const, certificateId: certificate.id, fileIds: [] };
    }
    if (uploaded.length === 0) fieldErrors[`material.${m.id}`] = ['materialRequired'];
    return { requirementId: m.id, name: m.name, status: 'PROVIDED' as const, certificateId: null, fileIds: uploaded };
  });
  Object.assign(fieldErrors, checkDeliveryChoice(version, { method: data.deliveryMethod, address: data.deliveryAddress }));
  if (Object.keys(fieldErrors).some((k) => k.startsWith('material.'))) throw new AppError('MATERIALS_INCOMPLETE', { fieldErrors });
  if (answersWrong || fieldErrors.deliveryMethod || fieldErrors.deliveryAddress) throw new AppError('INVALID_INPUT', { fieldErrors });

  const company = applicant.applicantKind === 'COMPANY';
  try {
    return await db.$transaction(async (tx) => {
      const filed = await fileApplication(
        tx,
        {
          actor,
          draftId: data.draftId,
          version,
          applicant: {
            id: actor.id,
            kind: applicant.applicantKind ?? 'PERSON',
            name: company ? (applicant.companyName ?? applicant.name) : applicant.name,
            idNo: (company ? applicant.creditCode : applicant.idNumber) ?? '',
          },
          contact: { name: data.contactName, phone: data.contactPhone },
          situationIds,
          formData: { note: data.note, answers },
          channel: 'ONLINE',
          submitKey: data.submitKey,
          materials,
          auditData: {
            channel: 'ONLINE',
            delivery: data.deliveryMethod,
            fromCertificates: materials.filter((m) => m.status === 'FROM_CERTIFICATE').length,
            fromDraft: Boolean(data.draftId),
          },
          message: { key: 'submitted', values: { item: version.name, days: INTAKE_LIMIT_DAYS } },
        },
        now,
      );
      if (!filed.duplicate) {
        await tx.application.update({
          where: { id: filed.id },
          data: { deliveryChoice: data.deliveryMethod, deliveryAddress: data.deliveryMethod === 'POST' ? data.deliveryAddress : null },
        });
      }
      return filed;
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

/** The application already filed with this submit key: the caller's own (a repeat), or someone else's (a conflict). */
/** A draft of this applicant's that another call has just filed. */
async function filedDraft(actor: Actor, draftId: string) {
  const draft = await db.application.findFirst({ where: { id: draftId, applicantId: actor.id }, select: { id: true, status: true } });
  return draft && draft.status !== 'DRAFT' ? { id: draft.id, duplicate: true } : null;
}

async function filedWithKey(actor: Actor, submitKey: string) {
  const existing = await db.application.findUnique({ where: { submitKey }, select: { id: true, applicantId: true } });
  if (!existing) return null;
  if (existing.applicantId !== actor.id) throw new AppError('CONFLICT');
  return { id: existing.id, duplicate: true };
}
