import 'server-only';
import type { z } from 'zod';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { correctionCase, resubmitCorrected } from './correction-case';
import { INTAKE_LIMIT_DAYS } from './limits';
import { answerCorrectionAtWindowSchema } from './schemas';
import { requireLooseFiles } from '@/lib/files/require-loose-files';

/**
 * The applicant brings the corrected materials to the window instead of
 * answering online: the clerk attaches the scans (or checks the paper as
 * present) for every flagged material and the case goes back to intake, with
 * the art. 32 five days counted again from now, as for an online answer.
 */
export async function answerCorrectionAtWindow(actor: Actor, input: z.input<typeof answerCorrectionAtWindowSchema>, now = new Date()) {
  assertRole(actor, WINDOW_ROLES);
  const data = answerCorrectionAtWindowSchema.parse(input);
  const { application, intakeDueAt } = await correctionCase(
    { id: data.applicationId },
    data.materials,
    (materialId) => Boolean(data.materials[materialId]),
    now,
  );

  // Scans are stored by the clerk just before; they must be this clerk's and still loose.
  const fileIds = Object.values(data.materials).flatMap((m) => (m.kind === 'SCANNED' ? m.fileIds : []));
  await requireLooseFiles(actor, fileIds);

  const answered = application.materials.map((m) => ({ name: m.name, how: data.materials[m.id].kind }));
  await db.$transaction(async (tx) => {
    await resubmitCorrected(tx, {
      applicationId: application.id,
      actor,
      action: 'answer-correction-at-window',
      reason: data.note || null,
      intakeDueAt,
      data: { at: 'window', windowId: actor.windowId, materials: answered },
      now,
    });
    for (const m of application.materials) {
      const answer = data.materials[m.id];
      // The refused files stay on record (detached) for the audit trail.
      await tx.storedFile.updateMany({ where: { materialId: m.id }, data: { materialId: null } });
      if (answer.kind === 'SCANNED') {
        // The scans are the applicant's documents, like those of a walk-in intake.
        await tx.storedFile.updateMany({ where: { id: { in: answer.fileIds } }, data: { ownerId: application.applicantId, materialId: m.id } });
      }
      await tx.applicationMaterial.update({ where: { id: m.id }, data: { status: 'PROVIDED', reason: null } });
    }
    await enqueueMessage(tx, {
      recipientId: application.applicantId,
      message: {
        key: 'correctionAtWindow',
        values: { item: application.version.name, count: answered.length, materials: answered.map((a) => a.name), days: INTAKE_LIMIT_DAYS },
      },
      link: `/me/applications/${application.id}`,
      external: ['EMAIL', 'SMS'],
    });
  });
  return { id: application.id };
}
