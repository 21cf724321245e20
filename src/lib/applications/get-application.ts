import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { loadClock } from '@/lib/clock/clock-settings';
import { caseClockNotes } from '@/lib/clock/load-stopped-clocks';
import { db } from '@/lib/db';
import type { ApplicantKind, ApplicationStatus, Channel, Decision, HandlingClass, MaterialStatus, TaskStatus, Warning } from '@/generated/prisma/enums';
import { jsonDate, withJsonDates } from '@/lib/sql-json';
import { formFieldsOf } from '@/lib/catalog/form-fields';
import { AppError } from '@/lib/errors';
import { visibleApplicationsSql } from './access';

type Row = {
  id: string;
  receiptNumber: string | null;
  checkCode: string;
  status: ApplicationStatus;
  decision: Decision | null;
  decisionReason: string | null;
  channel: Channel;
  applicantKind: ApplicantKind;
  applicantName: string;
  applicantIdNo: string;
  contactName: string;
  contactPhone: string;
  submittedAt: Date | null;
  intakeDueAt: Date | null;
  acceptedAt: Date | null;
  promisedDueAt: Date | null;
  statutoryDueAt: Date | null;
  // The worker's colour of the running deadline: the intake's while SUBMITTED, the case's while ACCEPTED or IN_REVIEW.
  warning: Warning;
  decidedAt: Date | null;
  closedReason: string | null;
  lock: number;
  formData: unknown;
  itemName: string;
  formFields: unknown;
  handlingClass: HandlingClass;
  promisedLimitDays: number;
  statutoryLimitDays: number | null;
  itemCode: string;
  department: string;
  // The relations, each a JSON array built by the same statement (dates as text: sql-json.ts).
  materials: {
    id: string;
    name: string;
    status: MaterialStatus;
    reason: string | null;
    certificate: { type: string; number: string } | null;
    files: { id: string; name: string; size: number; mimeType: string }[];
  }[];
  tasks: {
    id: string;
    stageSort: number;
    stageName: string;
    status: TaskStatus;
    dueAt: string | null;
    opinion: string | null;
    decidedAt: string | null;
    department: { id: string; name: string };
  }[];
  auditEvents: {
    id: string;
    at: string;
    action: string;
    fromStatus: string | null;
    toStatus: string | null;
    reason: string | null;
    actorName: string | null;
  }[];
  certificates: { id: string; number: string; type: string; issuedAt: string }[];
};

/**
 * One application as the actor may see it, with materials, tasks and timeline; else NOT_FOUND.
 * One statement for the case and all its relations: every case page reads it, and Prisma would
 * run a query per relation (twelve here), each costing more CPU than the page's SQL.
 */
export async function getApplication(actor: Actor, applicationId: string) {
  const [application] = await db.$queryRaw<Row[]>`
    SELECT a.id, a."receiptNumber", a."checkCode", a.status, a.decision, a."decisionReason", a.channel, a."applicantKind",
      a."applicantName", a."applicantIdNo", a."contactName", a."contactPhone", a."submittedAt", a."intakeDueAt", a."acceptedAt",
      a."promisedDueAt", a."statutoryDueAt", a.warning::text AS warning, a."decidedAt", a."closedReason", a.lock, a."formData",
      v.name AS "itemName", v."formFields", v."handlingClass", v."promisedLimitDays", v."statutoryLimitDays",
      i."basicCode" AS "itemCode", d.name AS department,
      (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name, 'status', m.status, 'reason', m.reason,
          'certificate', (SELECT json_build_object('type', c.type, 'number', c.number) FROM "Certificate" c WHERE c.id = m."certificateId"),
          'files', (SELECT coalesce(json_agg(json_build_object('id', f.id, 'name', f.name, 'size', f.size, 'mimeType', f."mimeType")), '[]')
                    FROM "StoredFile" f WHERE f."materialId" = m.id))), '[]')
        FROM "ApplicationMaterial" m WHERE m."applicationId" = a.id) AS materials,
      (SELECT coalesce(json_agg(json_build_object('id', t.id, 'stageSort', t."stageSort", 'stageName', t."stageName", 'status', t.status,
          'dueAt', t."dueAt", 'opinion', t.opinion, 'decidedAt', t."decidedAt", 'department', json_build_object('id', td.id, 'name', td.name))
          ORDER BY t."stageSort", td.code), '[]')
        FROM "DepartmentTask" t JOIN "Department" td ON td.id = t."departmentId" WHERE t."applicationId" = a.id) AS tasks,
      -- Staff reads of documents belong to the supervision trail (get-case-clock.ts), not the case's story.
      (SELECT coalesce(json_agg(json_build_object('id', e.id::text, 'at', e.at, 'action', e.action, 'fromStatus', e."fromStatus",
          'toStatus', e."toStatus", 'reason', e.reason, 'actorName', u.name) ORDER BY e.id), '[]')
        FROM "AuditEvent" e LEFT JOIN "User" u ON u.id = e."actorId" WHERE e."applicationId" = a.id AND e.action <> 'read') AS "auditEvents",
      (SELECT coalesce(json_agg(json_build_object('id', c.id, 'number', c.number, 'type', c.type, 'issuedAt', c."issuedAt")), '[]')
        FROM "Certificate" c WHERE c."applicationId" = a.id) AS certificates
    FROM "Application" a
    JOIN "ServiceItemVersion" v ON v.id = a."versionId"
    JOIN "ServiceItem" i ON i.id = v."itemId"
    JOIN "Department" d ON d.id = v."departmentId"
    WHERE a.id = ${applicationId} AND ${visibleApplicationsSql(actor)}`;
  if (!application) throw new AppError('NOT_FOUND');
  const { formFields, auditEvents, formData, tasks, certificates, ...rest } = application;
  // What the applicant filled in: the version's fields in their order, then the note.
  const filled = (formData ?? {}) as { note?: unknown; answers?: Record<string, unknown> };
  const answers = formFieldsOf(formFields).map((f) => {
    const value = filled.answers?.[f.key];
    return { key: f.key, label: f.label, kind: f.kind, value: typeof value === 'string' && value !== '' ? value : null };
  });
  const note = typeof filled.note === 'string' && filled.note !== '' ? filled.note : null;
  // Applicants see what happened and when, not which staff member did it.
  const timeline = auditEvents.map((e) => ({
    id: e.id,
    at: jsonDate(e.at),
    action: e.action,
    from: e.fromStatus,
    to: e.toStatus,
    reason: e.reason,
    actor: actor.role === 'APPLICANT' ? null : e.actorName,
  }));
  const clock = await loadClock();
  const notes = (await caseClockNotes([application], clock)).get(application.id);
  return {
    ...rest,
    tasks: tasks.map((t) => withJsonDates(t, 'dueAt', 'decidedAt')),
    certificates: certificates.map((c) => withJsonDates(c, 'issuedAt')),
    // The clock as pages show it: provisional due dates, and the stopped clock while suspended.
    dueProvisional: notes?.provisional ?? false,
    stopped: notes?.stopped?.case ?? null,
    stoppedSteps: notes?.stopped ? Object.fromEntries(notes.stopped.steps) : {},
    answers,
    note,
    timeline,
  };
}
export type ApplicationView = Awaited<ReturnType<typeof getApplication>>;
