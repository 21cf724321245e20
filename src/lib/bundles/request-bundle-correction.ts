import 'server-only';
import type { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { transitionApplication } from '@/lib/applications/transition';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { bundleCorrectionSchema } from './schemas';
import { filedMaterialKey, filedMaterialKeySelect } from './filed-material-key';

/**
 * 一次性告知 across members: one notice lists every defect of every member. A
 * defect is named once per distinct material and marked on every member that
 * uses that material; each such member gets its own correction record (its
 * case page shows it) and the bundle waits for the applicant as a whole.
 */
export async function requestBundleCorrection(actor: Actor, input: z.input<typeof bundleCorrectionSchema>) {
  if (!WINDOW_ROLES.includes(actor.role)) throw new AppError('NOT_FOUND');
  const data = bundleCorrectionSchema.parse(input);
  const c = await db.bundleCase.findUnique({
    where: { id: data.bundleCaseId },
    select: {
      id: true,
      status: true,
      applicantId: true,
      bundleVersion: { select: { name: true } },
      members: {
        select: { id: true, status: true, materials: { select: { id: true, ...filedMaterialKeySelect } } },
      },
    },
  });
  if (!c) throw new AppError('NOT_FOUND');
  if (c.status !== 'SUBMITTED') throw new AppError('INVALID_TRANSITION', { status: c.status });
  const names = new Map<string, string>();
  for (const a of c.members) for (const m of a.materials) names.set(filedMaterialKey(m), m.name);
  for (const item of data.items) if (!names.has(item.materialKey)) throw new AppError('NOT_FOUND');

  await db.$transaction(async (tx) => {
    const moved = await tx.bundleCase.updateMany({ where: { id: c.id, status: 'SUBMITTED' }, data: { status: 'CORRECTION_REQUIRED', lock: { increment: 1 } } });
    if (moved.count !== 1) throw new AppError('CONFLICT');
    for (const a of c.members) {
      const defects = a.materials.flatMap((m) => {
        const item = data.items.find((i) => i.materialKey === filedMaterialKey(m));
        return item ? [{ materialId: m.id, name: m.name, status: item.status, reason: item.reason }] : [];
      });
      if (defects.length === 0) continue;
      await transitionApplication(tx, {
        applicationId: a.id,
        from: ['SUBMITTED'],
        to: 'CORRECTION_REQUIRED',
        actor,
        action: 'request-correction',
        reason: defects.map((i) => `${i.name}：${i.reason}`).join('；'),
      });
      for (const d of defects) await tx.applicationMaterial.update({ where: { id: d.materialId }, data: { status: d.status, reason: d.reason } });
      await tx.correctionNotice.create({ data: { applicationId: a.id, items: defects, note: data.note || null, issuedById: actor.id } });
    }
    const listed = data.items.map((i) => `${names.get(i.materialKey)}：${i.reason}`);
    await recordAudit(tx, {
      actor,
      entity: 'BundleCase',
      entityId: c.id,
      action: 'request-correction',
      from: 'SUBMITTED',
      to: 'CORRECTION_REQUIRED',
      reason: listed.join('；'),
    });
    await enqueueMessage(tx, {
      recipientId: c.applicantId,
      message: {
        key: 'bundleCorrectionRequested',
        values: {
          bundle: c.bundleVersion.name,
          count: data.items.length,
          materialPairs: data.items.map((i): [string, string] => [names.get(i.materialKey)!, i.reason]),
        },
      },
      link: `/me/bundles/${c.id}`,
      external: ['EMAIL', 'SMS'],
    });
  });
}
