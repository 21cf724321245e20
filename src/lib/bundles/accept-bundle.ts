import 'server-only';
import type { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { transitionApplication } from '@/lib/applications/transition';
import { recordAudit } from '@/lib/audit/record-audit';
import { shanghaiDate } from '@/lib/clock/calendar';
import { loadClock } from '@/lib/clock/clock-settings';
import { dueDate } from '@/lib/clock/due-date';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { nextReceiptNumber } from '@/lib/intake/receipt-number';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { advanceBundle, loadBundleMembers, subNumber } from './bundle-members';
import { acceptBundleSchema } from './schemas';

/**
 * 一窗受理: one acceptance of a bundle case. It gets one receipt number; every
 * member not refused here is accepted with its sub-number, clock and route at
 * once, except those waiting on another member's result (they open when it is
 * issued, advanceBundle). A member refused at intake does not stop the others,
 * only its dependents. Of two windows accepting at once, one wins: the status
 * condition is part of the UPDATE, the other gets CONFLICT.
 */
export async function acceptBundle(actor: Actor, input: z.input<typeof acceptBundleSchema>, now = new Date()) {
  if (!WINDOW_ROLES.includes(actor.role)) throw new AppError('NOT_FOUND');
  const data = acceptBundleSchema.parse(input);
  const clock = await loadClock();
  const found = await db.bundleCase.findUnique({
    where: { id: data.bundleCaseId },
    select: {
      id: true,
      status: true,
      bundleVersion: { select: { promisedLimitDays: true, leadDepartment: { select: { region: { select: { code: true } } } } } },
    },
  });
  if (!found) throw new AppError('NOT_FOUND');
  if (found.status !== 'SUBMITTED') throw new AppError('INVALID_TRANSITION', { status: found.status });

  return db.$transaction(async (tx) => {
    const receiptNumber = await nextReceiptNumber(tx, found.bundleVersion.leadDepartment.region.code, shanghaiDate(now));
    const won = await tx.bundleCase.updateMany({
      where: { id: found.id, status: 'SUBMITTED' },
      data: {
        status: 'IN_PROGRESS',
        receiptNumber,
        acceptedAt: now,
        acceptedById: actor.id,
        windowId: actor.windowId,
        promisedDueAt: dueDate({ acceptedAt: now, limitDays: found.bundleVersion.promisedLimitDays, calendar: clock.calendar, hours: clock.hours, now }),
        lock: { increment: 1 },
      },
    });
    if (won.count !== 1) throw new AppError('CONFLICT');
    const { bundleCase, members } = await loadBundleMembers(tx, found.id);
    for (const r of data.refuse) {
      const member = members.find((m) => m.id === r.applicationId);
      if (!member) throw new AppError('NOT_FOUND');
      await transitionApplication(tx, {
        applicationId: member.id,
        from: ['SUBMITTED'],
        to: 'REJECTED',
        actor,
        action: 'reject',
        reason: r.reason,
        set: { closedReason: r.reason },
      });
      member.status = 'REJECTED';
    }
    const refused = members.filter((m) => m.status === 'REJECTED');
    await recordAudit(tx, {
      actor,
      entity: 'BundleCase',
      entityId: found.id,
      action: 'accept',
      from: 'SUBMITTED',
      to: 'IN_PROGRESS',
      data: { receiptNumber, refused: refused.map((m) => m.code) },
    });
    // advanceBundle accepts those without pending prerequisites, stops dependents of the refused, concludes if nothing is left.
    await advanceBundle(tx, { bundleCaseId: found.id, actor, windowActor: actor, clock, now });
    const after = await tx.application.findMany({
      where: { bundleCaseId: found.id },
      select: { status: true, receiptNumber: true, version: { select: { name: true } } },
    });
    const opened = after.filter((a) => a.receiptNumber).map((a): [string, string] => [a.version.name, a.receiptNumber!]);
    const waiting = after.filter((a) => a.status === 'SUBMITTED').map((a) => a.version.name);
    const refusedPairs = refused.map((m): [string, string] => [m.name, data.refuse.find((r) => r.applicationId === m.id)!.reason]);
    await enqueueMessage(tx, {
      recipientId: bundleCase.applicantId,
      message: {
        key: 'bundleAccepted',
        values: {
          bundle: bundleCase.bundleVersion.name,
          receiptNumber,
          openedPairs: opened,
          openedCount: opened.length,
          waiting,
          waitingCount: waiting.length,
          refusedPairs,
          refusedCount: refusedPairs.length,
        },
      },
      link: `/me/bundles/${found.id}`,
      external: ['EMAIL', 'SMS'],
    });
    return { receiptNumber, subNumbers: members.map((m) => subNumber(receiptNumber, m.sort)) };
  });
}
