import 'server-only';
import type { z } from 'zod';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { correctionCase, resubmitCorrected } from './correction-case';
import { answerCorrectionSchema } from './schemas';
import { INTAKE_LIMIT_DAYS } from './limits';
import { requireLooseFiles } from '@/lib/files/require-loose-files';

/**
 * The applicant answers the one-notice online: every flagged material gets its
 * replacement files, and the case goes back to the window's queue. Art. 32's
 * five working days count again from the answer, not from the first submission.
 */
export async function answerCorrection(actor: Actor, input: z.input<typeof answerCorrectionSchema>, now = new Date()) {
  assertRole(actor, ['APPLICANT']);
  const data = answerCorrectionSchema.parse(input);
  const { application, intakeDueAt } = await correctionCase(
    { id: data.applicationId, applicantId: actor.id },
    data.files,
    (materialId) => (data.files[materialId] ?? []).length > 0,
    now,
  );

  const fileIds = Object.values(data.files).flat();
  await requireLooseFiles(actor, fileIds);

  await db.$transaction(async (tx) => {
    await resubmitCorrected(tx, {
      applicationId: application.id,
      actor,
      action: 'answer-correction',
      intakeDueAt,
      data: { materials: application.materials.map((m) => m.name) },
      now,
    });
    for (const m of application.materials) {
      // The refused files stay on record (detached) for the audit trail; the
      // replacements become the material.
      await tx.storedFile.updateMany({ where: { materialId: m.id }, data: { materialId: null } });
      await tx.applicationMaterial.update({
        where: { id: m.id },
        data: { status: 'PROVIDED', reason: null, files: { connect: data.files[m.id].map((fileId) => ({ id: fileId })) } },
      });
    }
    await enqueueMessage(tx, {
      recipientId: actor.id,
      message: { key: 'correctionAnswered', values: { item: application.version.name, count: application.materials.length, days: INTAKE_LIMIT_DAYS } },
      link: `/me/applications/${application.id}`,
    });
  });
  return { id: application.id };
}
