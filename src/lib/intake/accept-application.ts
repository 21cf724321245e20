import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { transitionApplication } from '@/lib/applications/transition';
import { loadClock } from '@/lib/clock/clock-settings';
import { dueDate } from '@/lib/clock/due-date';
import { shanghaiDate } from '@/lib/clock/calendar';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { openStage } from '@/lib/routing/open-stage';
import { nextReceiptNumber } from './receipt-number';

/**
 * 受理: issues the receipt number, starts the clock (promised and statutory due
 * dates), and routes the case to the departments of its first stage. 即办件 have
 * no stages: they stay ACCEPTED for the on-the-spot decision at the window.
 */
export async function acceptApplication(actor: Actor, applicationId: string, now = new Date()) {
  if (!WINDOW_ROLES.includes(actor.role)) throw new AppError('NOT_FOUND');
  const clock = await loadClock();
  const application = await db.application.findFirst({
    where: { id: applicationId, status: { not: 'DRAFT' } },
    select: {
      id: true,
      applicantId: true,
      version: {
        select: {
          name: true,
          handlingClass: true,
          statutoryLimitDays: true,
          promisedLimitDays: true,
          department: { select: { region: { select: { code: true } } } },
          stages: { select: { sort: true, name: true, limitDays: true, departments: { select: { departmentId: true } } }, orderBy: { sort: 'asc' } },
        },
      },
    },
  });
  if (!application) throw new AppError('NOT_FOUND');
  const { version } = application;
  const due = (limitDays: number) => dueDate({ acceptedAt: now, limitDays, calendar: clock.calendar, hours: clock.hours, now });

  return db.$transaction(async (tx) => {
    const receiptNumber = await nextReceiptNumber(tx, version.department.region.code, shanghaiDate(now));
    await transitionApplication(tx, {
      applicationId,
      from: ['SUBMITTED'],
      to: 'ACCEPTED',
      actor,
      action: 'accept',
      set: {
        receiptNumber,
        acceptedAt: now,
        acceptedById: actor.id,
        windowId: actor.windowId,
        promisedDueAt: due(version.promisedLimitDays),
        statutoryDueAt: version.statutoryLimitDays == null ? null : due(version.statutoryLimitDays),
      },
      data: { receiptNumber },
    });
    await enqueueMessage(tx, {
      recipientId: application.applicantId,
      subject: `已受理：${version.name}`,
      body: `您的申请已受理，受理编号 ${receiptNumber}。`,
      link: `/me/applications/${applicationId}`,
      // Applicant-visible: also by e-mail / SMS where the applicant has an address on file.
      external: ['EMAIL', 'SMS'],
    });

    if (version.stages.length > 0) {
      for (const stage of version.stages) {
        for (const { departmentId } of stage.departments) {
          await tx.departmentTask.create({
            data: { applicationId, stageSort: stage.sort, stageName: stage.name, departmentId, status: 'WAITING', limitDays: stage.limitDays },
          });
        }
      }
      await transitionApplication(tx, { applicationId, from: ['ACCEPTED'], to: 'IN_REVIEW', actor, action: 'route' });
      await openStage(tx, { applicationId, stageSort: version.stages[0].sort, actor, clock, now });
    }
    // 即办件 stay at the window: the clerk goes on to propose the decision there.
    return { receiptNumber, atWindow: version.stages.length === 0, immediate: version.handlingClass === 'IMMEDIATE' && version.stages.length === 0 };
  });
}
