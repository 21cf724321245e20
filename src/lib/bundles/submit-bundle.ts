import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { FiledMaterial } from '@/lib/intake/file-application';
import { INTAKE_LIMIT_DAYS } from '@/lib/intake/limits';
import { heldCertificateWhere } from '@/lib/library/list-held-certificates';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { getBundleFormDraft } from './get-bundle-form-draft';
import { lockOwnBundleDraft } from './own-bundle-draft';
import { checkBundleAnswers, fileBundleCase } from './file-bundle-case';
import { submitBundleSchema, type SubmitBundleInput } from './schemas';
import { shareStoredFiles } from './share-files';
import { loadTailoredBundle } from './tailored-bundle';
import { requireLooseFiles } from '@/lib/files/require-loose-files';

/**
 * 一表申请, 一套材料: the applicant applies for a bundle with one form and each
 * distinct material once. One BundleCase is filed with a member case per
 * member that applies to the choice; every member's material gets the file (or
 * the held e-certificate) of its distinct material; a material that a
 * prerequisite member's result will be is not asked (file-bundle-case.ts). With
 * `draftId` the draft's kept files count as given and the draft is deleted in
 * the same transaction. One message, and submitting twice with the same key
 * returns the first case.
 */
export async function submitBundle(actor: Actor, input: SubmitBundleInput, now = new Date()) {
  if (actor.role !== 'APPLICANT') throw new AppError('NOT_FOUND');
  const data = submitBundleSchema.parse(input);
  const existing = await db.bundleCase.findUnique({ where: { submitKey: data.submitKey }, select: { id: true, applicantId: true } });
  if (existing) {
    if (existing.applicantId !== actor.id) throw new AppError('CONFLICT');
    return { id: existing.id, duplicate: true };
  }
  const bundle = await loadTailoredBundle(data.bundleCode, data);
  const { guide, tailored } = bundle;

  const held = await db.certificate.findMany({ where: heldCertificateWhere(actor.id, now), select: { id: true, type: true } });
  const { answersOf, fieldErrors } = checkBundleAnswers(tailored, data.answers);
  // Files kept in the draft (uploaded or picked from the material library while typing) go with those sent now.
  if (data.draftId) {
    const draft = await getBundleFormDraft(actor, data.draftId);
    for (const [key, files] of Object.entries(draft.files)) data.files[key] = [...new Set([...(data.files[key] ?? []), ...files.map((f) => f.id)])];
  }
  const fileIds = tailored.materials.flatMap((m) => data.files[m.key] ?? []);
  await requireLooseFiles(actor, fileIds);

  const plans = tailored.materials.map((m) => {
    const uploaded = data.files[m.key] ?? [];
    const certificate = m.certificateType ? held.find((c) => c.type === m.certificateType) : undefined;
    if (uploaded.length === 0 && !certificate) fieldErrors[`material.${m.key}`] = ['materialRequired'];
    return { material: m, uploaded, certificate };
  });
  if (Object.keys(fieldErrors).some((k) => k.startsWith('material.'))) throw new AppError('MATERIALS_INCOMPLETE', { fieldErrors });
  if (Object.keys(fieldErrors).length > 0) throw new AppError('INVALID_INPUT', { fieldErrors });

  // Each further member that needs an uploaded material gets its own link to the same bytes.
  const filed = new Map<string, FiledMaterial[]>(tailored.members.map((m) => [m.code, []]));
  for (const { material, uploaded, certificate } of plans) {
    for (const [i, use] of material.uses.entries()) {
      const ids = uploaded.length === 0 ? [] : i === 0 ? uploaded : await shareStoredFiles(actor.id, uploaded);
      filed.get(use.memberCode)!.push({
        requirementId: use.requirement.id,
        name: use.requirement.name,
        status: ids.length === 0 ? 'FROM_CERTIFICATE' : 'PROVIDED',
        certificateId: ids.length === 0 ? certificate!.id : null,
        fileIds: ids,
      });
    }
  }

  const applicant = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { name: true, applicantKind: true, idNumber: true, companyName: true, creditCode: true },
  });
  const company = applicant.applicantKind === 'COMPANY';
  const who = {
    id: actor.id,
    kind: applicant.applicantKind ?? ('PERSON' as const),
    name: company ? (applicant.companyName ?? applicant.name) : applicant.name,
    idNo: (company ? applicant.creditCode : applicant.idNumber) ?? '',
  };
  try {
    return await db.$transaction(async (tx) => {
      if (data.draftId) await tx.bundleDraft.delete({ where: { id: (await lockOwnBundleDraft(tx, actor, data.draftId)).id } });
      const bundleCase = await fileBundleCase(
        tx,
        {
          actor,
          bundle,
          applicant: who,
          contact: { name: data.contactName, phone: data.contactPhone },
          note: data.note,
          answersOf,
          filed,
          channel: 'ONLINE',
          submitKey: data.submitKey,
        },
        now,
      );
      await enqueueMessage(tx, {
        recipientId: actor.id,
        message: { key: 'bundleSubmitted', values: { bundle: guide.name, count: tailored.members.length, days: INTAKE_LIMIT_DAYS } },
        link: `/me/bundles/${bundleCase.id}`,
      });
      return { id: bundleCase.id, duplicate: false };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await db.bundleCase.findUnique({ where: { submitKey: data.submitKey }, select: { id: true } });
      if (winner) return { id: winner.id, duplicate: true };
    }
    throw error;
  }
}
