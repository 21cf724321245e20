import 'server-only';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { transitionApplication } from '@/lib/applications/transition';
import { shanghaiDate } from '@/lib/clock/calendar';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { nextCorrectionNumber } from './receipt-number';
import { requestCorrectionSchema } from './schemas';
import type { z } from 'zod';

/**
 * 一次性告知: every missing or defective material in one notice. The case waits
 * for the applicant; the intake clock starts again when they answer.
 */
export async function requestCorrection(actor: Actor, input: z.input<typeof requestCorrectionSchema>) {
  assertRole(actor, WINDOW_ROLES);
  const data = requestCorrectionSchema.parse(input);
  const application = await db.application.findFirst({
    // A bundle's members get one notice together (requestBundleCorrection).
    where: { id: data.applicationId, status: { not: 'DRAFT' }, bundleCaseId: null },
    select: {
      id: true,
      applicantId: true,
      version: { select: { name: true, department: { select: { region: { select: { code: true } } } } } },
      materials: { select: { id: true, name: true } },
    },
  });
  if (!application) throw new AppError('NOT_FOUND');
  const items = data.items.map((item) => {
    const material = application.materials.find((m) => m.id === item.materialId);
    if (!material) throw new AppError('NOT_FOUND');
    return { ...item, name: material.name };
  });

  await db.$transaction(async (tx) => {
    await transitionApplication(tx, {
      applicationId: application.id,
      from: ['SUBMITTED'],
      to: 'CORRECTION_REQUIRED',
      actor,
      action: 'request-correction',
      reason: items.map((i) => `${i.name}：${i.reason}`).join('；'),
    });
    for (const item of items) {
      await tx.applicationMaterial.update({ where: { id: item.materialId }, data: { status: item.status, reason: item.reason } });
    }
    const now = new Date();
    const documentNumber = await nextCorrectionNumber(tx, application.version.department.region.code, shanghaiDate(now));
    await tx.correctionNotice.create({
      data: { applicationId: application.id, items, note: data.note || null, issuedById: actor.id, issuedAt: now, documentNumber },
    });
    await enqueueMessage(tx, {
      recipientId: application.applicantId,
      message: { key: 'correctionRequested', values: { item: application.version.name, count: items.length, materials: items.map((i) => i.name) } },
      link: `/me/applications/${application.id}`,
      // Applicant-visible: also by e-mail / SMS where the applicant has an address on file.
      external: ['EMAIL', 'SMS'],
    });
  });
}
