import 'server-only';
import type { ApplicationStatus, SuspensionKind } from '@/generated/prisma/enums';

/** What comes next on a case, and whether it waits for the applicant (then `href` is where they act). */
export type ApplicantNextStep = {
  /**
   * `nextStep.<key>`: the status, or MATERIAL_REQUESTED / SUSPENDED_FOR when the pause says more than the
   * status, AWAITING_PREREQUISITE for a member of an accepted 一件事 that waits for an earlier member.
   */
  key: ApplicationStatus | 'MATERIAL_REQUESTED' | 'SUSPENDED_FOR' | 'AWAITING_PREREQUISITE';
  yourTurn: boolean;
  href: string | null;
  /** The department that asked for more material. */
  department: string | null;
  /** The special procedure the case waits for. */
  procedure: SuspensionKind | null;
};

/** The pause that names a suspended case's next step, and the department that asked when it waits for material. */
type OpenSuspension = { kind: SuspensionKind; department: string | null };

// Statuses in which the applicant must act, not wait.
const ASKED: ReadonlySet<ApplicationStatus> = new Set(['CORRECTION_REQUIRED', 'DECIDED']);

/**
 * The next step from the status and the open pause, if any. A case stopped
 * because the department asked the applicant for more material is SUSPENDED
 * like one waiting for a hearing, but only the first waits for the applicant.
 * A member of a 一件事 still SUBMITTED once its bundle is accepted
 * (`bundleAccepted`) is not waiting for the window: it is accepted when the
 * members it depends on conclude (bundles/bundle-members.ts).
 */
export function nextStepOf(applicationId: string, status: ApplicationStatus, suspension: OpenSuspension | null, bundleAccepted = false): ApplicantNextStep {
  const href = `/me/applications/${applicationId}`;
  if (status === 'SUBMITTED' && bundleAccepted) {
    return { key: 'AWAITING_PREREQUISITE', yourTurn: false, href: null, department: null, procedure: null };
  }
  if (status === 'SUSPENDED' && suspension?.kind === 'AWAITING_APPLICANT') {
    return { key: 'MATERIAL_REQUESTED', yourTurn: true, href, department: suspension.department, procedure: null };
  }
  if (status === 'SUSPENDED' && suspension) {
    return { key: 'SUSPENDED_FOR', yourTurn: false, href: null, department: null, procedure: suspension.kind };
  }
  const yourTurn = ASKED.has(status);
  return { key: status, yourTurn, href: yourTurn ? href : null, department: null, procedure: null };
}
