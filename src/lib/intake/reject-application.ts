import 'server-only';
import type { z } from 'zod';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { transitionApplication } from '@/lib/applications/transition';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { rejectApplicationSchema } from './schemas';

/** 不予受理, with reasons and legal basis (行政许可法 第三十二条). */
export async function rejectApplication(actor: Actor, input: z.input<typeof rejectApplicationSchema>) {
  assertRole(actor, WINDOW_ROLES);
  const data = rejectApplicationSchema.parse(input);
  const application = await db.application.findFirst({
    // A bundle's member is refused in its bundle's acceptance (acceptBundle).
    where: { id: data.applicationId, status: { not: 'DRAFT' }, bundleCaseId: null },
    select: { id: true, applicantId: true, version: { select: { name: true } } },
  });
  if (!application) throw new AppError('NOT_FOUND');
  const reason = `${data.reason}（依据：${data.legalBasis}）`;
  await db.$transaction(async (tx) => {
    await transitionApplication(tx, {
      applicationId: application.id,
      from: ['SUBMITTED', 'CORRECTION_REQUIRED'],
      to: 'REJECTED',
      actor,
      action: 'reject',
      reason,
      set: { closedReason: reason },
    });
    await enqueueMessage(tx, {
      recipientId: application.applicantId,
      message: { key: 'rejected', values: { item: application.version.name, reason } },
      link: `/me/applications/${application.id}`,
      // Applicant-visible: also by e-mail / SMS where the applicant has an address on file.
      external: ['EMAIL', 'SMS'],
    });
  });
}
