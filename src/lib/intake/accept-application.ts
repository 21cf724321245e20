import 'server-only';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import { transitionApplication } from '@/lib/applications/transition';
import { loadClock, type Clock } from '@/lib/clock/clock-settings';
import { dueDate } from '@/lib/clock/due-date';
import { shanghaiDate } from '@/lib/clock/calendar';
import { db, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { openRoute } from '@/lib/routing/open-route';
import { nextReceiptNumber } from './receipt-number';

/**
 * 受理: issues the receipt number, starts the clock (promised and statutory due
 * dates), and routes the case to the departments of its first stage. 即办件 have
 * no stages: they stay ACCEPTED for the on-the-spot decision at the window.
 */
export async function acceptApplication(actor: Actor, applicationId: string, now = new Date()) {
  assertRole(actor, WINDOW_ROLES);
  const clock = await loadClock();
  // A bundle's member is accepted with its bundle (acceptBundle), never alone.
  const exists = await db.application.findFirst({ where: { id: applicationId, status: { not: 'DRAFT' }, bundleCaseId: null }, select: { id: true } });
  if (!exists) throw new AppError('NOT_FOUND');
  return db.$transaction((tx) => acceptApplicationInTx(tx, { actor, applicationId, clock, now }));
}

/**
 * Acceptance in the caller's transaction: the one way a case is accepted, alone
 * or as a member of a bundle (which gives its receipt sub-number and may stay
 * silent because the bundle sends one message for all its members).
 */
export async function acceptApplicationInTx(
  tx: Tx,
  args: { actor: Actor; applicationId: string; clock: Clock; now: Date; receiptNumber?: string; notify?: boolean },
) {
  const { actor, applicationId, clock, now } = args;
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
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
  const { version } = application;
  const due = (limitDays: number) => dueDate({ acceptedAt: now, limitDays, calendar: clock.calendar, hours: clock.hours, now });

  const receiptNumber = args.receiptNumber ?? (await nextReceiptNumber(tx, version.department.region.code, shanghaiDate(now)));
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
  if (args.notify !== false) {
    await enqueueMessage(tx, {
      recipientId: application.applicantId,
      message: { key: 'accepted', values: { item: version.name, receiptNumber } },
      link: `/me/applications/${applicationId}`,
      // Applicant-visible: also by e-mail / SMS where the applicant has an address on file.
      external: ['EMAIL', 'SMS'],
    });
  }
  await openRoute(tx, { applicationId, stages: version.stages, actor, clock, now });
  // 即办件 stay at the window: the clerk goes on to propose the decision there.
  return { receiptNumber, atWindow: version.stages.length === 0, immediate: version.handlingClass === 'IMMEDIATE' && version.stages.length === 0 };
}
