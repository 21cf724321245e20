import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';
import { atShanghai, addCalendarDays } from '@/lib/clock/calendar';
import { loadClock } from '@/lib/clock/clock-settings';
import { remainingWorkingDays } from '@/lib/clock/due-date';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { deadlineWarning } from './classify-warning';
import type { BoardFilter } from './schemas';

const PAGE = 50;
const OPEN_CASES = ['ACCEPTED', 'IN_REVIEW', 'SUSPENDED'] as const;

function cursorOf(after: string | undefined): { dueAt: Date; id: string } | null {
  const m = after?.match(/^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)_([\w-]+)$/);
  if (!m) return null;
  const dueAt = new Date(m[1]);
  return Number.isNaN(dueAt.getTime()) ? null : { dueAt, id: m[2] };
}

/** Rows after the cursor in (dueAt, id) order: keyset paging stays fast at any depth. */
function keyset<T extends string>(field: T, cursor: { dueAt: Date; id: string } | null) {
  if (!cursor) return {};
  return { OR: [{ [field]: { gt: cursor.dueAt } }, { [field]: cursor.dueAt, id: { gt: cursor.id } }] };
}

function range(from?: string, to?: string) {
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: atShanghai(from, '00:00') } : {}),
    ...(to ? { lt: atShanghai(addCalendarDays(to, 1), '00:00') } : {}),
  };
}

/**
 * The supervisor's board: open cases (against their promised due date) or open
 * steps (against their own), the least time left first, so red rows lead and
 * yellow follow. The colour shown is computed now; the level filter takes red
 * from the due date and yellow from the colour the warning job stored.
 */
export async function listSupervisionBoard(actor: Actor, filter: BoardFilter, now = new Date()) {
  if (actor.role !== 'SUPERVISOR' && actor.role !== 'ADMIN') throw new AppError('NOT_FOUND');
  const clock = await loadClock();
  const cursor = cursorOf(filter.after);
  // Red is exact in SQL (past due now); yellow and green come from the colour the job stored.
  const byLevel = (field: 'dueAt' | 'promisedDueAt') => {
    const late = { [field]: { lt: now } };
    const notLate = { [field]: { gte: now } };
    switch (filter.level) {
      case 'RED':
        return late;
      case 'YELLOW':
      case 'GREEN':
        return { ...notLate, warning: filter.level };
      case 'WARNED':
        return { OR: [late, { ...notLate, warning: 'YELLOW' as const }] };
      default:
        return {};
    }
  };
  const version: Prisma.ServiceItemVersionWhereInput = {
    ...(filter.itemId ? { itemId: filter.itemId } : {}),
    ...(filter.handlingClass ? { handlingClass: filter.handlingClass } : {}),
  };

  if (filter.kind === 'step') {
    const tasks = await db.departmentTask.findMany({
      where: {
        AND: [
          { status: 'OPEN', dueAt: { not: null } },
          filter.departmentId ? { departmentId: filter.departmentId } : {},
          byLevel('dueAt'),
          range(filter.from, filter.to) ? { openedAt: range(filter.from, filter.to) } : {},
          { application: { status: { in: [...OPEN_CASES] }, ...(filter.windowId ? { windowId: filter.windowId } : {}), version } },
          keyset('dueAt', cursor),
        ],
      },
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
      take: PAGE + 1,
      select: {
        id: true, stageName: true, dueAt: true, openedAt: true, limitDays: true, applicationId: true,
        department: { select: { name: true } },
        application: { select: { receiptNumber: true, status: true, version: { select: { name: true } } } },
      },
    });
    const rows = tasks.slice(0, PAGE).map((t) => ({
      id: t.id,
      applicationId: t.applicationId,
      receiptNumber: t.application.receiptNumber,
      itemName: t.application.version.name,
      stageName: t.stageName,
      department: t.department.name,
      status: t.application.status,
      startedAt: t.openedAt,
      dueAt: t.dueAt!,
      warning: deadlineWarning(clock, { now, due: t.dueAt!, limitDays: t.limitDays }),
      remainingDays: remainingWorkingDays({ now, due: t.dueAt!, calendar: clock.calendar, hours: clock.hours }),
    }));
    const last = rows.at(-1);
    return { kind: 'step' as const, rows, next: tasks.length > PAGE && last ? `${last.dueAt.toISOString()}_${last.id}` : null };
  }

  const apps = await db.application.findMany({
    where: {
      AND: [
        { status: { in: [...OPEN_CASES] }, promisedDueAt: { not: null }, version },
        filter.windowId ? { windowId: filter.windowId } : {},
        filter.departmentId
          ? { OR: [{ version: { departmentId: filter.departmentId } }, { tasks: { some: { departmentId: filter.departmentId, status: 'OPEN' } } }] }
          : {},
        byLevel('promisedDueAt'),
        range(filter.from, filter.to) ? { acceptedAt: range(filter.from, filter.to) } : {},
        keyset('promisedDueAt', cursor),
      ],
    },
    orderBy: [{ promisedDueAt: 'asc' }, { id: 'asc' }],
    take: PAGE + 1,
    select: {
      id: true, receiptNumber: true, status: true, acceptedAt: true, promisedDueAt: true, statutoryDueAt: true,
      window: { select: { name: true } },
      version: { select: { name: true, promisedLimitDays: true, department: { select: { name: true } } } },
      extensions: { where: { status: 'APPROVED', taskId: null }, select: { days: true } },
      tasks: { where: { status: 'OPEN' }, select: { department: { select: { name: true } } } },
    },
  });
  const rows = apps.slice(0, PAGE).map((a) => {
    const limitDays = a.version.promisedLimitDays + a.extensions.reduce((s, e) => s + e.days, 0);
    return {
      id: a.id,
      applicationId: a.id,
      receiptNumber: a.receiptNumber,
      itemName: a.version.name,
      stageName: null,
      department: a.tasks.length ? a.tasks.map((t) => t.department.name).join('、') : a.version.department.name,
      window: a.window?.name ?? null,
      status: a.status,
      startedAt: a.acceptedAt,
      dueAt: a.promisedDueAt!,
      statutoryDueAt: a.statutoryDueAt,
      warning: deadlineWarning(clock, { now, due: a.promisedDueAt!, limitDays }),
      remainingDays: remainingWorkingDays({ now, due: a.promisedDueAt!, calendar: clock.calendar, hours: clock.hours }),
    };
  });
  const last = rows.at(-1);
  return { kind: 'case' as const, rows, next: apps.length > PAGE && last ? `${last.dueAt.toISOString()}_${last.id}` : null };
}
