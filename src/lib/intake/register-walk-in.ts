import 'server-only';
import { heldCertificateWhere } from '@/lib/library/list-held-certificates';
import type { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { requiredMaterials } from '@/lib/catalog/required-materials';
import { walkInSchema } from './schemas';
import { fileApplication } from './file-application';
import { INTAKE_LIMIT_DAYS } from './limits';
import { findOrRegisterWalkInApplicant, unusablePasswordHash } from './walk-in-applicant';

/**
 * Walk-in intake at the general window: the clerk finds the applicant by ID
 * number or registers them (walk-in-applicant.ts), records what was found for
 * every required material and submits on their behalf (channel WINDOW). The
 * clerk then accepts or asks for correction as usual.
 */
export async function registerWalkIn(actor: Actor, input: z.input<typeof walkInSchema>, now = new Date()) {
  assertRole(actor, WINDOW_ROLES);
  const data = walkInSchema.parse(input);

  const existing = await db.application.findUnique({ where: { submitKey: data.submitKey }, select: { id: true, registeredById: true } });
  if (existing) {
    if (existing.registeredById !== actor.id) throw new AppError('CONFLICT');
    return { id: existing.id, duplicate: true, registered: false };
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
  const required = requiredMaterials(version.materials, situationIds);

  const fieldErrors: Record<string, string[]> = {};
  for (const m of required) {
    const verdict = data.materials[m.id];
    if (!verdict) fieldErrors[`material.${m.id}`] = ['required'];
    else if (verdict.status !== 'PRESENT' && !verdict.reason) fieldErrors[`material.${m.id}`] = ['materialReasonRequired'];
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError('INVALID_INPUT', { fieldErrors });

  const fileIds = required.flatMap((m) => data.materials[m.id].fileIds);
  const files = await db.storedFile.findMany({ where: { id: { in: fileIds }, ownerId: actor.id, materialId: null }, select: { id: true } });
  if (files.length !== new Set(fileIds).size) throw new AppError('NOT_FOUND');

  const unusablePassword = await unusablePasswordHash();
  try {
    return await db.$transaction(async (tx) => {
      const { applicant, registered } = await findOrRegisterWalkInApplicant(tx, actor, data, unusablePassword);
      const held = await tx.certificate.findMany({
        where: heldCertificateWhere(applicant.id, now),
        select: { id: true, type: true },
      });
      // The scans become the applicant's, so they can see them online.
      await tx.storedFile.updateMany({ where: { id: { in: fileIds } }, data: { ownerId: applicant.id } });
      const application = await fileApplication(
        tx,
        {
          actor,
          version,
          applicant: { id: applicant.id, kind: 'PERSON', name: applicant.name, idNo: data.idNumber },
          contact: { name: data.name, phone: data.phone },
          situationIds,
          channel: 'WINDOW',
          registeredById: actor.id,
          windowId: actor.windowId,
          submitKey: data.submitKey,
          materials: required.map((m) => {
            const verdict = data.materials[m.id];
            const certificate = m.certificateType ? held.find((c) => c.type === m.certificateType) : undefined;
            const fromCertificate = verdict.status === 'PRESENT' && certificate && verdict.fileIds.length === 0;
            return {
              requirementId: m.id,
              name: m.name,
              status: fromCertificate ? 'FROM_CERTIFICATE' : verdict.status === 'PRESENT' ? 'PROVIDED' : verdict.status,
              reason: verdict.status === 'PRESENT' ? null : verdict.reason,
              certificateId: fromCertificate ? certificate.id : null,
              fileIds: verdict.fileIds,
            };
          }),
          auditData: { channel: 'WINDOW', registeredApplicant: registered },
          message: { key: 'registeredAtWindow', values: { item: version.name, days: INTAKE_LIMIT_DAYS } },
        },
        now,
      );
      return { id: application.id, duplicate: false, registered };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await db.application.findUnique({ where: { submitKey: data.submitKey }, select: { id: true } });
      if (winner) return { id: winner.id, duplicate: true, registered: false };
      throw new AppError('CONFLICT');
    }
    throw error;
  }
}
