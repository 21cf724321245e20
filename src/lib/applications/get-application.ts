import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { loadClock } from '@/lib/clock/clock-settings';
import { caseClockNotes } from '@/lib/clock/load-stopped-clocks';
import { db } from '@/lib/db';
import { formFieldsOf } from '@/lib/catalog/form-fields';
import { AppError } from '@/lib/errors';
import { visibleApplications } from './access';

/** One application as the actor may see it, with materials, tasks and timeline; else NOT_FOUND. */
export async function getApplication(actor: Actor, applicationId: string) {
  const application = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, visibleApplications(actor)] },
    select: {
      id: true,
      receiptNumber: true,
      checkCode: true,
      status: true,
      decision: true,
      decisionReason: true,
      channel: true,
      applicantKind: true,
      applicantName: true,
      applicantIdNo: true,
      contactName: true,
      contactPhone: true,
      submittedAt: true,
      intakeDueAt: true,
      acceptedAt: true,
      promisedDueAt: true,
      statutoryDueAt: true,
      decidedAt: true,
      closedReason: true,
      lock: true,
      formData: true,
      version: {
        select: {
          name: true,
          formFields: true,
          handlingClass: true,
          promisedLimitDays: true,
          statutoryLimitDays: true,
          item: { select: { basicCode: true } },
          department: { select: { name: true } },
        },
      },
      materials: {
        select: {
          id: true,
          name: true,
          status: true,
          reason: true,
          certificate: { select: { type: true, number: true } },
          files: { select: { id: true, name: true, size: true, mimeType: true } },
        },
      },
      tasks: {
        select: {
          id: true,
          stageSort: true,
          stageName: true,
          status: true,
          dueAt: true,
          opinion: true,
          decidedAt: true,
          department: { select: { id: true, name: true } },
        },
        orderBy: [{ stageSort: 'asc' }, { department: { code: 'asc' } }],
      },
      auditEvents: {
        // Staff reads of documents belong to the supervision trail (get-case-clock.ts), not the case's story.
        where: { action: { not: 'read' } },
        select: {
          id: true,
          at: true,
          action: true,
          fromStatus: true,
          toStatus: true,
          reason: true,
          entity: true,
          actor: { select: { name: true, role: true } },
        },
        orderBy: { id: 'asc' },
      },
      certificates: { select: { id: true, number: true, type: true, issuedAt: true } },
    },
  });
  if (!application) throw new AppError('NOT_FOUND');
  const { version, auditEvents, formData, ...rest } = application;
  // What the applicant filled in: the version's fields in their order, then the note.
  const filled = (formData ?? {}) as { note?: unknown; answers?: Record<string, unknown> };
  const answers = formFieldsOf(version.formFields).map((f) => {
    const value = filled.answers?.[f.key];
    return { key: f.key, label: f.label, kind: f.kind, value: typeof value === 'string' && value !== '' ? value : null };
  });
  const note = typeof filled.note === 'string' && filled.note !== '' ? filled.note : null;
  // Applicants see what happened and when, not which staff member did it.
  const timeline = auditEvents.map((e) => ({
    id: String(e.id),
    at: e.at,
    action: e.action,
    from: e.fromStatus,
    to: e.toStatus,
    reason: e.reason,
    actor: actor.role === 'APPLICANT' ? null : (e.actor?.name ?? null),
  }));
  const clock = await loadClock();
  const notes = (await caseClockNotes([application], clock)).get(application.id);
  return {
    ...rest,
    // The clock as pages show it: provisional due dates, and the stopped clock while suspended.
    dueProvisional: notes?.provisional ?? false,
    stopped: notes?.stopped?.case ?? null,
    stoppedSteps: notes?.stopped ? Object.fromEntries(notes.stopped.steps) : {},
    itemName: version.name,
    itemCode: version.item.basicCode,
    handlingClass: version.handlingClass,
    promisedLimitDays: version.promisedLimitDays,
    statutoryLimitDays: version.statutoryLimitDays,
    department: version.department.name,
    answers,
    note,
    timeline,
  };
}
export type ApplicationView = Awaited<ReturnType<typeof getApplication>>;
