import 'server-only';
import type { ApplicationStatus, SuspensionKind } from '@/generated/prisma/enums';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** What comes next on a case, and whether it waits for the applicant (then `href` is where they act). */
export type ApplicantNextStep = {
  /** `nextStep.<status>`, or MATERIAL_REQUESTED / SUSPENDED_FOR when the pause says more than the status. */
  key: ApplicationStatus | 'MATERIAL_REQUESTED' | 'SUSPENDED_FOR';
  yourTurn: boolean;
  href: string | null;
  /** The department that asked for more material. */
  department: string | null;
  /** The special procedure the case waits for. */
  procedure: SuspensionKind | null;
};

/** The pause that names a suspended case's next step, and the department that asked when it waits for material. */
export type OpenSuspension = { kind: SuspensionKind; department: string | null };

// Statuses in which the applicant must act, not wait.
const ASKED: ReadonlySet<ApplicationStatus> = new Set(['CORRECTION_REQUIRED', 'DECIDED']);

/**
 * The next step from the status and the open pause, if any. A case stopped
 * because the department asked the applicant for more material is SUSPENDED
 * like one waiting for a hearing, but only the first waits for the applicant.
 */
export function nextStepOf(applicationId: string, status: ApplicationStatus, suspension: OpenSuspension | null): ApplicantNextStep {
  const href = `/me/applications/${applicationId}`;
  if (status === 'SUSPENDED' && suspension?.kind === 'AWAITING_APPLICANT') {
    return { key: 'MATERIAL_REQUESTED', yourTurn: true, href, department: suspension.department, procedure: null };
  }
  if (status === 'SUSPENDED' && suspension) {
    return { key: 'SUSPENDED_FOR', yourTurn: false, href: null, department: null, procedure: suspension.kind };
  }
  const yourTurn = ASKED.has(status);
  return { key: status, yourTurn, href: yourTurn ? href : null, department: null, procedure: null };
}

/** The next step of each of the applicant's own applications, by id; others' cases get no pause details. */
export async function listApplicantNextSteps(
  actor: Actor,
  applications: { id: string; status: ApplicationStatus }[],
): Promise<Record<string, ApplicantNextStep>> {
  const suspended = applications.filter((a) => a.status === 'SUSPENDED').map((a) => a.id);
  const open =
    actor.role === 'APPLICANT' && suspended.length > 0
      ? await db.suspension.findMany({
          where: { applicationId: { in: suspended }, endedAt: null, application: { applicantId: actor.id, status: 'SUSPENDED' } },
          orderBy: { startedAt: 'asc' },
          select: { applicationId: true, kind: true, task: { select: { department: { select: { name: true } } } } },
        })
      : [];
  // Of several open pauses the latest names the procedure, but a request for material outranks them all: only it waits for the applicant.
  const byApplication = new Map<string, OpenSuspension>();
  for (const s of open) {
    const known = byApplication.get(s.applicationId);
    if (known?.kind === 'AWAITING_APPLICANT' && s.kind !== 'AWAITING_APPLICANT') continue;
    byApplication.set(s.applicationId, { kind: s.kind, department: s.task?.department.name ?? null });
  }
  return Object.fromEntries(applications.map((a) => [a.id, nextStepOf(a.id, a.status, byApplication.get(a.id) ?? null)]));
}
