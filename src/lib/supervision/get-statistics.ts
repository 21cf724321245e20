import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { addCalendarDays, atShanghai, dayNumber, shanghaiDate } from '@/lib/clock/calendar';
import { loadClock } from '@/lib/clock/clock-settings';
import { elapsedWorkingDays } from '@/lib/clock/due-date';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { aggregateStatistics } from './aggregate-statistics';
import type { StatisticsQuery } from './schemas';

type Names = { department: string; window: string | null; staff: string | null; item: string };

/**
 * Performance figures over a period (Shanghai dates, both ends included):
 * cases accepted in it and cases concluded (decided) in it, per department,
 * window, accepting staff member or item, and a series over time. Only for
 * supervision; `publicOnly` drops the personal breakdowns for the public page.
 */
export async function getStatistics(actor: Actor | null, query: StatisticsQuery, now = new Date()) {
  if (actor && actor.role !== 'SUPERVISOR' && actor.role !== 'ADMIN') throw new AppError('NOT_FOUND');
  if (!actor && query.by !== 'department') throw new AppError('NOT_FOUND');
  if (dayNumber(query.to) < dayNumber(query.from) || dayNumber(query.to) - dayNumber(query.from) > 366 * 3) {
    throw new AppError('INVALID_INPUT', { fieldErrors: { to: ['invalidRange'] } });
  }
  const period = { gte: atShanghai(query.from, '00:00'), lt: atShanghai(addCalendarDays(query.to, 1), '00:00') };
  const names = {
    acceptedBy: { select: { name: true } },
    window: { select: { name: true } },
    version: { select: { name: true, department: { select: { name: true, region: { select: { name: true } } } } } },
  } as const;
  type Named = { acceptedBy: { name: string } | null; window: { name: string } | null; version: { name: string; department: { name: string; region: { name: string } } } };
  const nameOf = (a: Named): Names => ({
    department: `${a.version.department.region.name}${a.version.department.name}`,
    window: a.window?.name ?? null,
    staff: a.acceptedBy?.name ?? null,
    item: a.version.name,
  });
  const groupOf = (a: Named) => nameOf(a)[query.by] ?? '—';

  const [clock, accepted, concluded, ratings] = await Promise.all([
    loadClock(),
    db.application.findMany({
      where: { acceptedAt: period },
      select: { acceptedAt: true, channel: true, _count: { select: { corrections: true } }, ...names },
    }),
    db.application.findMany({
      where: { decidedAt: period, acceptedAt: { not: null } },
      select: {
        acceptedAt: true, decidedAt: true, promisedDueAt: true, statutoryDueAt: true,
        suspensions: { select: { startedAt: true, endedAt: true } },
        _count: { select: { corrections: true } },
        ...names,
      },
    }),
    db.evaluation.findMany({ where: { createdAt: period }, select: { overall: true, application: { select: names } } }),
  ]);

  const result = aggregateStatistics(
    accepted.map((a) => ({ group: groupOf(a), online: a.channel === 'ONLINE', corrected: a._count.corrections > 0 })),
    concluded.map((a) => ({
      group: groupOf(a),
      decidedAt: a.decidedAt!,
      promisedDueAt: a.promisedDueAt,
      statutoryDueAt: a.statutoryDueAt,
      corrected: a._count.corrections > 0,
      workingDays: elapsedWorkingDays({
        acceptedAt: a.acceptedAt!,
        now: a.decidedAt!,
        calendar: clock.calendar,
        hours: clock.hours,
        suspensions: a.suspensions.map((s) => ({ start: s.startedAt, end: s.endedAt })),
      }),
    })),
    ratings.map((r) => ({ group: groupOf(r.application), overall: r.overall })),
  );

  // Daily buckets for up to two months, monthly beyond.
  const daily = dayNumber(query.to) - dayNumber(query.from) <= 62;
  const bucket = (d: Date) => (daily ? shanghaiDate(d) : shanghaiDate(d).slice(0, 7));
  const series = new Map<string, { accepted: number; concluded: number }>();
  for (let d = query.from; d <= query.to; d = addCalendarDays(d, 1)) {
    const key = daily ? d : d.slice(0, 7);
    if (!series.has(key)) series.set(key, { accepted: 0, concluded: 0 });
  }
  for (const a of accepted) series.get(bucket(a.acceptedAt!))!.accepted++;
  for (const a of concluded) series.get(bucket(a.decidedAt!))!.concluded++;

  return {
    ...query,
    generatedAt: now,
    ...result,
    series: [...series].map(([label, v]) => ({ label, ...v })),
  };
}
