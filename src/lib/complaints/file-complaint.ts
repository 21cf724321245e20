import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { STAFF_ROLES } from '@/lib/auth/actor';
import { visibleApplications } from '@/lib/applications/access';
import { recordAudit } from '@/lib/audit/record-audit';
import { loadClock } from '@/lib/clock/clock-settings';
import { dueDate } from '@/lib/clock/due-date';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { publishComplaint } from '@/lib/events/publish-side-events';
import { checkSubmissionQuota } from '@/lib/throttle/submission-quota';
import { DEFAULT_COMPLAINT_LIMIT_DAYS, fileComplaintSchema, type FileComplaintInput } from './schemas';

/**
 * 投诉: anyone signed in complains about a case they may see, a window or a
 * staff member. Supervision must answer within 'complaint-limit-days' working
 * days (10 by default); every supervisor is told.
 */
export async function fileComplaint(actor: Actor, input: FileComplaintInput, now = new Date()) {
  const data = fileComplaintSchema.parse(input);
  const link: { applicationId?: string; windowId?: string; staffId?: string } = {};
  if (data.target === 'CASE') {
    const application = data.applicationId
      ? await db.application.findFirst({ where: { AND: [{ id: data.applicationId }, visibleApplications(actor)] }, select: { id: true } })
      : null;
    if (!data.applicationId) throw new AppError('INVALID_INPUT', { fieldErrors: { applicationId: ['required'] } });
    // Someone else's case answers like any object one may not see (the access matrix).
    if (!application) throw new AppError('NOT_FOUND');
    link.applicationId = application.id;
  } else if (data.target === 'WINDOW') {
    const window = data.windowId ? await db.window.findUnique({ where: { id: data.windowId }, select: { id: true } }) : null;
    if (!window) throw new AppError('INVALID_INPUT', { fieldErrors: { windowId: ['required'] } });
    link.windowId = window.id;
  } else {
    const staff = data.staffId ? await db.user.findFirst({ where: { id: data.staffId, role: { in: STAFF_ROLES } }, select: { id: true } }) : null;
    if (!staff) throw new AppError('INVALID_INPUT', { fieldErrors: { staffId: ['required'] } });
    link.staffId = staff.id;
  }
  const clock = await loadClock();
  const setting = await db.setting.findUnique({ where: { key: 'complaint-limit-days' }, select: { value: true } });
  const limitDays = typeof setting?.value === 'number' ? setting.value : DEFAULT_COMPLAINT_LIMIT_DAYS;

  return db.$transaction(async (tx) => {
    await checkSubmissionQuota(tx, 'complaint', actor.id, now);
    const complaint = await tx.complaint.create({
      data: {
        complainantId: actor.id,
        target: data.target,
        ...link,
        content: data.content,
        dueAt: dueDate({ acceptedAt: now, limitDays, calendar: clock.calendar, hours: clock.hours, now }),
        createdAt: now,
      },
      select: { id: true, dueAt: true },
    });
    await recordAudit(tx, {
      actor,
      entity: 'Complaint',
      entityId: complaint.id,
      action: 'file-complaint',
      to: 'SUBMITTED',
      data: { applicationId: link.applicationId ?? null },
    });
    const supervisors = await tx.user.findMany({ where: { active: true, role: 'SUPERVISOR' }, select: { id: true } });
    for (const s of supervisors) {
      await enqueueMessage(tx, {
        recipientId: s.id,
        message: { key: 'complaintFiled', values: { days: limitDays } },
        link: `/oversee/complaints/${complaint.id}`,
      });
    }
    await publishComplaint(tx, 'cn.yichuang.complaint.filed', complaint.id);
    return complaint;
  });
}
