import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { discardUploads } from '@/lib/files/store-uploads';
import type { FiledMaterial } from '@/lib/intake/file-application';
import { INTAKE_LIMIT_DAYS } from '@/lib/intake/limits';
import { findOrRegisterWalkInApplicant, unusablePasswordHash } from '@/lib/intake/walk-in-applicant';
import { heldCertificateWhere } from '@/lib/library/list-held-certificates';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { checkBundleAnswers, fileBundleCase } from './file-bundle-case';
import { walkInBundleSchema, type WalkInBundleInput } from './schemas';
import { shareStoredFiles } from './share-files';
import { loadTailoredBundle } from './tailored-bundle';

/**
 * 一窗受理 of a bundle for a person at the counter: the clerk finds or registers
 * the person as for an item's walk-in intake, fills the one form (each shared
 * field once) and records per distinct material what was found, with its scans;
 * each scan serves every member that asks for the material. The bundle case is
 * then filed as an online one is (channel WINDOW) and taken in by the same
 * acceptance or correction notice (/desk/bundles/<id>). The same `submitKey`
 * twice files once.
 */
export async function registerWalkInBundle(actor: Actor, input: WalkInBundleInput, now = new Date()) {
  assertRole(actor, WINDOW_ROLES);
  const data = walkInBundleSchema.parse(input);

  const existing = await db.bundleCase.findUnique({
    where: { submitKey: data.submitKey },
    select: { id: true, members: { where: { registeredById: actor.id }, select: { id: true }, take: 1 } },
  });
  if (existing) {
    if (existing.members.length === 0) throw new AppError('CONFLICT');
    return { id: existing.id, duplicate: true, registered: false };
  }

  const bundle = await loadTailoredBundle(data.bundleCode, data);
  const { guide, tailored } = bundle;

  const { answersOf, fieldErrors } = checkBundleAnswers(tailored, data.answers);
  for (const m of tailored.materials) {
    const verdict = data.materials[m.key];
    if (!verdict) fieldErrors[`material.${m.key}`] = ['required'];
    else if (verdict.status !== 'PRESENT' && !verdict.reason) fieldErrors[`material.${m.key}`] = ['materialReasonRequired'];
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError('INVALID_INPUT', { fieldErrors });

  const fileIds = tailored.materials.flatMap((m) => data.materials[m.key]!.fileIds);
  const scans = await db.storedFile.count({ where: { id: { in: fileIds }, ownerId: actor.id, materialId: null } });
  if (scans !== new Set(fileIds).size) throw new AppError('NOT_FOUND');

  // Each further member that needs a scanned material gets its own link to the same bytes.
  const shared = new Map<string, string[][]>();
  for (const m of tailored.materials) {
    const scanned = data.materials[m.key]!.fileIds;
    const perUse: string[][] = [];
    for (const [i] of m.uses.entries()) perUse.push(scanned.length === 0 ? [] : i === 0 ? scanned : await shareStoredFiles(actor.id, scanned));
    shared.set(m.key, perUse);
  }
  const allFileIds = [...shared.values()].flat(2);
  const copies = allFileIds.filter((id) => !fileIds.includes(id));

  const passwordHash = await unusablePasswordHash();
  try {
    return await db.$transaction(async (tx) => {
      const { applicant, registered } = await findOrRegisterWalkInApplicant(tx, actor, data, passwordHash);
      const held = await tx.certificate.findMany({ where: heldCertificateWhere(applicant.id, now), select: { id: true, type: true } });
      // The scans become the applicant's, so they can see them online.
      await tx.storedFile.updateMany({ where: { id: { in: allFileIds } }, data: { ownerId: applicant.id } });

      const filed = new Map<string, FiledMaterial[]>(tailored.members.map((m) => [m.code, []]));
      for (const m of tailored.materials) {
        const verdict = data.materials[m.key]!;
        const certificate = m.certificateType ? held.find((c) => c.type === m.certificateType) : undefined;
        const fromCertificate = verdict.status === 'PRESENT' && certificate && verdict.fileIds.length === 0;
        for (const [i, use] of m.uses.entries()) {
          filed.get(use.memberCode)!.push({
            requirementId: use.requirement.id,
            name: use.requirement.name,
            status: fromCertificate ? 'FROM_CERTIFICATE' : verdict.status === 'PRESENT' ? 'PROVIDED' : verdict.status,
            reason: verdict.status === 'PRESENT' ? null : verdict.reason,
            certificateId: fromCertificate ? certificate.id : null,
            fileIds: shared.get(m.key)![i]!,
          });
        }
      }
      const bundleCase = await fileBundleCase(
        tx,
        {
          actor,
          bundle,
          applicant: { id: applicant.id, kind: 'PERSON', name: applicant.name, idNo: data.idNumber },
          contact: { name: data.name, phone: data.phone },
          note: data.note,
          answersOf,
          filed,
          channel: 'WINDOW',
          submitKey: data.submitKey,
          registeredById: actor.id,
          windowId: actor.windowId,
          auditData: { registeredApplicant: registered },
        },
        now,
      );
      await enqueueMessage(tx, {
        recipientId: applicant.id,
        message: { key: 'bundleRegisteredAtWindow', values: { bundle: guide.name, count: tailored.members.length, days: INTAKE_LIMIT_DAYS } },
        link: `/me/bundles/${bundleCase.id}`,
      });
      return { id: bundleCase.id, duplicate: false, registered };
    });
  } catch (error) {
    // The scans themselves are the caller's to remove (withStoredUploads); the links made here are ours.
    await discardUploads(copies);
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await db.bundleCase.findUnique({ where: { submitKey: data.submitKey }, select: { id: true } });
      if (winner) return { id: winner.id, duplicate: true, registered: false };
      throw new AppError('CONFLICT');
    }
    throw error;
  }
}
