import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { stepExtensionDays } from '@/lib/clock/case-due-dates';
import { isProvisionalDue, loadClock } from '@/lib/clock/clock-settings';
import { loadStoppedClocks } from '@/lib/clock/load-stopped-clocks';
import { elapsedWorkingDays, remainingWorkingDays } from '@/lib/clock/due-date';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { ApplicationStatus, ExtensionStatus, Role, SuspensionKind, TaskStatus } from '@/generated/prisma/enums';
import { withJsonDates } from '@/lib/sql-json';
import { deadlineWarning } from '@/lib/clock/classify-warning';

type ClockRow = {
  acceptedAt: Date | null;
  promisedDueAt: Date | null;
  decidedAt: Date | null;
  status: ApplicationStatus;
  // Relations as JSON arrays of the same statement (dates as text: sql-json.ts).
  suspensions: { id: string; kind: SuspensionKind; reason: string; startedAt: string; expectedEndAt: string | null; endedAt: string | null }[];
  extensions: { id: string; days: number; reason: string; status: ExtensionStatus; requestedAt: string; decidedAt: string | null; taskId: string | null }[];
  tasks: {
    id: string;
    stageName: string;
    status: TaskStatus;
    limitDays: number;
    openedAt: string | null;
    dueAt: string | null;
    decidedAt: string | null;
    department: string;
  }[];
  audit: {
    id: string;
    at: string;
    entity: string;
    action: string;
    fromStatus: string | null;
    toStatus: string | null;
    reason: string | null;
    actorRole: Role | null;
    actorName: string | null;
  }[];
};

/**
 * What supervision sees of a case's clock: each suspension and extension, each
 * step with its due date and colour now, the working days used, and the whole
 * audit trail (calendar recomputations included) with who did what.
 */
export async function getCaseClock(actor: Actor, applicationId: string, now = new Date()) {
  assertRole(actor, ['SUPERVISOR']);
  const [clock, [row]] = await Promise.all([
    loadClock(),
    // One statement for the case and its clock's relations (eight Prisma queries before).
    db.$queryRaw<ClockRow[]>`
      SELECT a."acceptedAt", a."promisedDueAt", a."decidedAt", a.status,
        (SELECT coalesce(json_agg(json_build_object('id', s.id, 'kind', s.kind, 'reason', s.reason, 'startedAt', s."startedAt",
            'expectedEndAt', s."expectedEndAt", 'endedAt', s."endedAt") ORDER BY s."startedAt"), '[]')
          FROM "Suspension" s WHERE s."applicationId" = a.id) AS suspensions,
        (SELECT coalesce(json_agg(json_build_object('id', e.id, 'days', e.days, 'reason', e.reason, 'status', e.status,
            'requestedAt', e."requestedAt", 'decidedAt', e."decidedAt", 'taskId', e."taskId") ORDER BY e."requestedAt"), '[]')
          FROM "Extension" e WHERE e."applicationId" = a.id) AS extensions,
        (SELECT coalesce(json_agg(json_build_object('id', t.id, 'stageName', t."stageName", 'status', t.status, 'limitDays', t."limitDays",
            'openedAt', t."openedAt", 'dueAt', t."dueAt", 'decidedAt', t."decidedAt", 'department', d.name) ORDER BY t."stageSort", t.id), '[]')
          FROM "DepartmentTask" t JOIN "Department" d ON d.id = t."departmentId" WHERE t."applicationId" = a.id) AS tasks,
        (SELECT coalesce(json_agg(json_build_object('id', x.id::text, 'at', x.at, 'entity', x.entity, 'action', x.action,
            'fromStatus', x."fromStatus", 'toStatus', x."toStatus", 'reason', x.reason, 'actorRole', x."actorRole", 'actorName', u.name) ORDER BY x.id), '[]')
          FROM "AuditEvent" x LEFT JOIN "User" u ON u.id = x."actorId" WHERE x."applicationId" = a.id) AS audit
      FROM "Application" a
      WHERE a.id = ${applicationId} AND a.status <> 'DRAFT'`,
  ]);
  if (!row) throw new AppError('NOT_FOUND');
  const a = {
    ...row,
    suspensions: row.suspensions.map((x) => withJsonDates(x, 'startedAt', 'expectedEndAt', 'endedAt')),
    extensions: row.extensions.map((x) => withJsonDates(x, 'requestedAt', 'decidedAt')),
    tasks: row.tasks.map((x) => withJsonDates(x, 'openedAt', 'dueAt', 'decidedAt')),
  };
  const suspensions = a.suspensions.map((s) => ({ start: s.startedAt, end: s.endedAt }));
  const approved = a.extensions.filter((e) => e.status === 'APPROVED');
  const stop = a.decidedAt ?? now;
  const stopped = a.status === 'SUSPENDED' ? ((await loadStoppedClocks([applicationId], clock)).get(applicationId) ?? null) : null;
  return {
    usedWorkingDays: a.acceptedAt
      ? elapsedWorkingDays({ acceptedAt: a.acceptedAt, now: stop, calendar: clock.calendar, hours: clock.hours, suspensions })
      : null,
    remainingDays: a.promisedDueAt && !a.decidedAt ? remainingWorkingDays({ now, due: a.promisedDueAt, calendar: clock.calendar, hours: clock.hours }) : null,
    // While suspended the countdown stands still: what is left when it resumes, and the due date then.
    stopped: stopped?.case ?? null,
    dueProvisional: isProvisionalDue(clock, a.promisedDueAt),
    suspensions: a.suspensions,
    extensions: a.extensions,
    steps: a.tasks.map((t) => ({
      ...t,
      warning:
        t.status === 'OPEN' && t.dueAt ? deadlineWarning(clock, { now, due: t.dueAt, limitDays: t.limitDays + stepExtensionDays(approved, t.id) }) : null,
      late: t.dueAt && t.decidedAt ? t.decidedAt > t.dueAt : null,
      stopped: stopped?.steps.get(t.id) ?? null,
      provisional: t.status === 'OPEN' && isProvisionalDue(clock, t.dueAt),
    })),
    audit: row.audit.map((e) => withJsonDates(e, 'at')),
  };
}
