import 'server-only';
import type { Clock } from '@/lib/clock/clock-settings';
import { dueDate, stepDueDate } from '@/lib/clock/due-date';
import type { Tx } from '@/lib/db';

/**
 * Recomputes an application's promised and statutory due dates and its open
 * tasks' due dates from the acceptance (or opening) time, every suspension
 * interval (art. 45) and the approved extensions (art. 42). Always from the
 * origin, never by shifting stored dates, so repeated pauses cannot drift.
 */
export async function recomputeDueDates(tx: Tx, applicationId: string, clock: Clock, now: Date) {
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      acceptedAt: true,
      version: { select: { promisedLimitDays: true, statutoryLimitDays: true } },
      suspensions: { select: { startedAt: true, endedAt: true } },
      extensions: { where: { status: 'APPROVED' }, select: { days: true, taskId: true } },
      tasks: { where: { status: 'OPEN' }, select: { id: true, openedAt: true, limitDays: true } },
    },
  });
  if (!application.acceptedAt) return;
  const suspensions = application.suspensions.map((s) => ({ start: s.startedAt, end: s.endedAt }));
  const extensionDays = application.extensions.reduce((sum, e) => sum + e.days, 0);
  const base = { acceptedAt: application.acceptedAt, calendar: clock.calendar, hours: clock.hours, suspensions, extensionDays, now };
  await tx.application.update({
    where: { id: applicationId },
    data: {
      promisedDueAt: dueDate({ ...base, limitDays: application.version.promisedLimitDays }),
      statutoryDueAt: application.version.statutoryLimitDays == null ? null : dueDate({ ...base, limitDays: application.version.statutoryLimitDays }),
    },
  });
  for (const task of application.tasks) {
    if (!task.openedAt) continue;
    const own = application.extensions.filter((e) => e.taskId === task.id).reduce((sum, e) => sum + e.days, 0);
    await tx.departmentTask.update({
      where: { id: task.id },
      data: {
        dueAt: stepDueDate({ startedAt: task.openedAt, limitDays: task.limitDays + own, calendar: clock.calendar, hours: clock.hours, suspensions, now }),
      },
    });
  }
}
