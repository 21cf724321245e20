import 'server-only';
import type { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { transitionApplication } from '@/lib/applications/transition';
import { recordAudit } from '@/lib/audit/record-audit';
import { loadClock } from '@/lib/clock/clock-settings';
import { dueDate } from '@/lib/clock/due-date';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { INTAKE_LIMIT_DAYS } from '@/lib/intake/limits';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { answerBundleCorrectionSchema } from './schemas';
import { shareStoredFiles } from './share-files';
import { filedMaterialKey, filedMaterialKeySelect } from './filed-material-key';
import { requireLooseFiles } from '@/lib/files/require-loose-files';

/**
 * The applicant answers the bundle's one notice: each flagged distinct
 * material is uploaded once and replaces it on every member that uses it; the
 * bundle goes back to the window, art. 32's five days counting again.
 */
export async function answerBundleCorrection(actor: Actor, input: z.input<typeof answerBundleCorrectionSchema>, now = new Date()) {
  if (actor.role !== 'APPLICANT') throw new AppError('NOT_FOUND');
  const data = answerBundleCorrectionSchema.parse(input);
  const c = await db.bundleCase.findFirst({
    where: { id: data.bundleCaseId, applicantId: actor.id },
    select: {
      id: true,
      status: true,
      bundleVersion: { select: { name: true } },
      members: {
        where: { status: 'CORRECTION_REQUIRED' },
        select: {
          id: true,
          materials: {
            where: { status: { in: ['MISSING', 'DEFECTIVE'] } },
            select: { id: true, ...filedMaterialKeySelect },
          },
        },
      },
    },
  });
  if (!c) throw new AppError('NOT_FOUND');
  if (c.status !== 'CORRECTION_REQUIRED') throw new AppError('INVALID_TRANSITION', { status: c.status });
  const flagged = new Set(c.members.flatMap((a) => a.materials.map(filedMaterialKey)));
  const fieldErrors: Record<string, string[]> = {};
  for (const key of flagged) if (!data.files[key]?.length) fieldErrors[`material.${key}`] = ['materialRequired'];
  if (Object.keys(fieldErrors).length) throw new AppError('MATERIALS_INCOMPLETE', { fieldErrors });
  const fileIds = [...flagged].flatMap((k) => data.files[k]!);
  await requireLooseFiles(actor, fileIds);

  const used = new Set<string>();
  const attach: { materialId: string; fileIds: string[] }[] = [];
  for (const a of c.members) {
    for (const m of a.materials) {
      const key = filedMaterialKey(m);
      attach.push({ materialId: m.id, fileIds: used.has(key) ? await shareStoredFiles(actor.id, data.files[key]!) : data.files[key]! });
      used.add(key);
    }
  }
  const { calendar, hours } = await loadClock();
  const intakeDueAt = dueDate({ acceptedAt: now, limitDays: INTAKE_LIMIT_DAYS, calendar, hours, now });
  await db.$transaction(async (tx) => {
    const moved = await tx.bundleCase.updateMany({
      where: { id: c.id, status: 'CORRECTION_REQUIRED' },
      data: { status: 'SUBMITTED', submittedAt: now, intakeDueAt, lock: { increment: 1 } },
    });
    if (moved.count !== 1) throw new AppError('CONFLICT');
    for (const a of c.members) {
      await transitionApplication(tx, {
        applicationId: a.id,
        from: ['CORRECTION_REQUIRED'],
        to: 'SUBMITTED',
        actor,
        action: 'answer-correction',
        set: { submittedAt: now, intakeDueAt },
      });
      await tx.correctionNotice.updateMany({ where: { applicationId: a.id, answeredAt: null }, data: { answeredAt: now } });
    }
    for (const { materialId, fileIds: ids } of attach) {
      await tx.storedFile.updateMany({ where: { materialId }, data: { materialId: null } });
      await tx.applicationMaterial.update({
        where: { id: materialId },
        data: { status: 'PROVIDED', reason: null, files: { connect: ids.map((id) => ({ id })) } },
      });
    }
    await recordAudit(tx, {
      actor,
      entity: 'BundleCase',
      entityId: c.id,
      action: 'answer-correction',
      from: 'CORRECTION_REQUIRED',
      to: 'SUBMITTED',
      data: { materials: [...flagged] },
    });
    await enqueueMessage(tx, {
      recipientId: actor.id,
      message: { key: 'bundleCorrectionAnswered', values: { bundle: c.bundleVersion.name, count: flagged.size, days: INTAKE_LIMIT_DAYS } },
      link: `/me/bundles/${c.id}`,
    });
  });
  return { id: c.id };
}
