import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { loadClock } from '@/lib/clock/clock-settings';
import { elapsedWorkingDays } from '@/lib/clock/due-date';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

const CONCLUDED = ['DECIDED', 'DELIVERED', 'REJECTED', 'WITHDRAWN'];

/**
 * The supervisor's bundle board: open bundles with their members' progress,
 * red when the bundle's promised date passed or any member is red; and per
 * bundle the concluded cases, their average working days from acceptance to
 * the last result, the on-time rate, against what the members' own promised
 * limits add up to (the time the reform saves).
 */
export async function listBundleBoard(actor: Actor, now = new Date()) {
  if (actor.role !== 'SUPERVISOR' && actor.role !== 'ADMIN') throw new AppError('NOT_FOUND');
  const clock = await loadClock();
  const open = await db.bundleCase.findMany({
    where: { status: 'IN_PROGRESS' },
    orderBy: { promisedDueAt: 'asc' },
    take: 200,
    select: {
      id: true,
      receiptNumber: true,
      applicantName: true,
      promisedDueAt: true,
      bundleVersion: { select: { name: true } },
      members: { select: { status: true, warning: true, version: { select: { name: true } } } },
    },
  });
  const board = open.map((c) => ({
    id: c.id,
    receiptNumber: c.receiptNumber,
    name: c.bundleVersion.name,
    applicantName: c.applicantName,
    promisedDueAt: c.promisedDueAt,
    members: c.members.map((m) => ({ name: m.version.name, status: m.status, warning: m.warning })),
    concluded: c.members.filter((m) => CONCLUDED.includes(m.status)).length,
    red: (c.promisedDueAt != null && c.promisedDueAt < now) || c.members.some((m) => m.warning === 'RED' && !CONCLUDED.includes(m.status)),
  }));

  const done = await db.bundleCase.findMany({
    where: { status: { in: ['CONCLUDED', 'DELIVERED'] }, acceptedAt: { not: null }, concludedAt: { not: null } },
    select: {
      acceptedAt: true,
      concludedAt: true,
      promisedDueAt: true,
      bundleVersion: { select: { bundle: { select: { code: true, name: true } }, promisedLimitDays: true } },
      members: { select: { version: { select: { promisedLimitDays: true } } } },
    },
  });
  const stats = new Map<string, { code: string; name: string; count: number; days: number; onTime: number; memberSum: number; promised: number }>();
  for (const c of done) {
    const key = c.bundleVersion.bundle.code;
    const s = stats.get(key) ?? {
      code: key,
      name: c.bundleVersion.bundle.name,
      count: 0,
      days: 0,
      onTime: 0,
      memberSum: 0,
      promised: c.bundleVersion.promisedLimitDays,
    };
    s.count++;
    s.days += elapsedWorkingDays({ acceptedAt: c.acceptedAt!, now: c.concludedAt!, calendar: clock.calendar, hours: clock.hours });
    if (c.promisedDueAt && c.concludedAt! <= c.promisedDueAt) s.onTime++;
    s.memberSum += c.members.reduce((sum, m) => sum + m.version.promisedLimitDays, 0);
    stats.set(key, s);
  }
  return {
    board,
    statistics: [...stats.values()].map((s) => ({
      code: s.code,
      name: s.name,
      count: s.count,
      averageDays: Math.round((s.days / s.count) * 10) / 10,
      onTimeRate: s.onTime / s.count,
      promisedLimitDays: s.promised,
      averageMemberSum: Math.round((s.memberSum / s.count) * 10) / 10,
    })),
  };
}
