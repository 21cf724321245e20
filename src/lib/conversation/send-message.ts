import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { findVisibleApplication } from '@/lib/applications/find-visible-application';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { mayWrite, staffRecipients } from './participants';
import { sendMessageSchema, type SendMessageInput } from './schemas';
import { requireLooseFiles } from '@/lib/files/require-loose-files';

/**
 * A message in a case's conversation. The applicant's goes to the staff now
 * handling the case; a staff reply answers every open applicant message and goes
 * to the applicant. Attachments are files the author stored with storeUpload.
 */
export async function sendMessage(actor: Actor, input: SendMessageInput, now = new Date()) {
  if (!mayWrite(actor)) throw new AppError('NOT_FOUND');
  const data = sendMessageSchema.parse(input);
  const application = await findVisibleApplication(actor, data.applicationId, {
    id: true,
    applicantId: true,
    windowId: true,
    receiptNumber: true,
    version: { select: { name: true } },
  });
  const fromApplicant = actor.role === 'APPLICANT';

  return db.$transaction(async (tx) => {
    await requireLooseFiles(actor, data.fileIds, tx);
    const message = await tx.applicationMessage.create({
      data: { applicationId: application.id, authorId: actor.id, body: data.body, fromApplicant, createdAt: now },
      select: { id: true },
    });
    if (data.fileIds.length) await tx.storedFile.updateMany({ where: { id: { in: data.fileIds } }, data: { messageId: message.id } });
    if (!fromApplicant) {
      await tx.applicationMessage.updateMany({
        where: { applicationId: application.id, fromApplicant: true, answeredAt: null },
        data: { answeredAt: now },
      });
    }
    // The case id goes in `data`, not `applicationId`: the case's timeline shows its steps, not these side events.
    await recordAudit(tx, { actor, entity: 'ApplicationMessage', entityId: message.id, action: 'send-message', data: { applicationId: application.id } });

    if (fromApplicant) {
      const staff = await staffRecipients(tx, application);
      for (const recipientId of staff.ids) {
        await enqueueMessage(tx, {
          recipientId,
          message: application.receiptNumber
            ? { key: 'applicantWrote', values: { item: application.version.name, receiptNumber: application.receiptNumber } }
            : { key: 'applicantWroteDraft', values: { item: application.version.name } },
          link: staff.link,
        });
      }
    } else {
      await enqueueMessage(tx, {
        recipientId: application.applicantId,
        message: { key: 'staffReplied', values: { item: application.version.name } },
        link: `/me/applications/${application.id}#conversation`,
      });
    }
    return { id: message.id };
  });
}
