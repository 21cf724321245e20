import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { loadClock } from '@/lib/clock/clock-settings';
import { remainingWorkingDays, warningLevel } from '@/lib/clock/due-date';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

const OPEN_STATUSES = ['ACCEPTED', 'IN_REVIEW', 'SUSPENDED'] as const;

/**
 * The supervisor's deadline board: every open case with its promised and
 * statutory due dates and its warning colour now, the most urgent first.
 */
export async function listDeadlineBoard(actor: Actor, now = new Date()) {
  if (actor.role !== 'SUPERVISOR' && actor.role !== 'ADMIN') throw new AppError('NOT_FOUND');
  const clock = await loadClock();
  const rows = await db.application.findMany({
    where: { status: { in: [...OPEN_STATUSES] } },
    orderBy: { promisedDueAt: 'asc' },
    take: 100,
    select: {
      id: true,
      receiptNumber: true,
      status: true,
      applicantName: true,
      acceptedAt: true,
      promisedDueAt: true,
      statutoryDueAt: true,
      version: { select: { name: true, promisedLimitDays: true, department: { select: { name: true } } } },
      tasks: { where: { status: 'OPEN' }, select: { department: { select: { name: true } } } },
    },
  });
  const rank = { RED: 0, YELLOW: 1, GREEN: 2 } as const;
  return rows
    .map(({ version, tasks, ...r }) => {
      const due = r.promisedDueAt ?? now;
      const warning = warningLevel({ now, due, limitDays: version.promisedLimitDays, calendar: clock.calendar, hours: clock.hours, thresholds: clock.thresholds });
      return {
        ...r,
        itemName: version.name,
        department: version.department.name,
        currentDepartments: tasks.map((t) => t.department.name),
        warning,
        remainingDays: remainingWorkingDays({ now, due, calendar: clock.calendar, hours: clock.hours }),
      };
    })
    .sort((a, b) => rank[a.warning] - rank[b.warning] || a.remainingDays - b.remainingDays);
}
