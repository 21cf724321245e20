import 'server-only';
import { sameCode } from '@/lib/check-code';
import { loadClock } from '@/lib/clock/clock-settings';
import { caseClockNotes } from '@/lib/clock/load-stopped-clocks';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { succeeded } from '@/lib/limits/failure-throttle';
import { parseInput } from '@/lib/validation';
import { beginGuess } from './guess-limiter';
import { publicCaseSelect } from './public-case';
import { lookupProgressSchema, type LookupProgressInput } from './schemas';

/**
 * The public progress page (no sign-in): receipt number plus the check code
 * printed on the notice. Returns the status, the timeline, the departments now
 * handling the case and the due date — nothing about the applicant, the
 * materials or the staff's opinions. An unknown receipt and a wrong code are the
 * same "not found", and both count as a wrong guess for the rate limit.
 */
export async function lookupProgress(input: LookupProgressInput & { clientAddress: string }, now = new Date()) {
  const { receiptNumber, checkCode } = parseInput(lookupProgressSchema, input);
  const address = input.clientAddress || 'unknown';

  const application = await db.application.findFirst({
    where: { receiptNumber, status: { not: 'DRAFT' } },
    select: {
      ...publicCaseSelect,
      submittedAt: true,
      promisedDueAt: true,
      tasks: { where: { status: 'OPEN' }, select: { dueAt: true, department: { select: { name: true } } } },
      auditEvents: {
        // The case's own steps; internal bookkeeping (tasks, messages) stays out, and so do reasons.
        where: { entity: 'Application' },
        select: { id: true, at: true, action: true, toStatus: true },
        orderBy: { id: 'asc' },
      },
    },
  });
  // Counted before the code is compared (guess-limiter.ts); a right code takes the count back.
  const attempt = await beginGuess(application ? `case:${application.id}` : `number:${receiptNumber}`, address, now);
  // Compare against a throwaway code when the receipt is unknown, so timing does not tell which.
  const matches = sameCode(application?.checkCode ?? 'unknown-receipt', checkCode) && application !== null;
  if (!application || !matches) throw new AppError('NOT_FOUND');
  await succeeded(attempt);

  const notes = (await caseClockNotes([application], await loadClock())).get(application.id);
  const openTasks = application.tasks;
  const currentDepartments = [...new Set(openTasks.map((t) => t.department.name))];
  return {
    receiptNumber: application.receiptNumber as string,
    itemName: application.version.name,
    responsibleDepartment: application.version.department.name,
    status: application.status,
    decision: application.decision,
    submittedAt: application.submittedAt,
    acceptedAt: application.acceptedAt,
    decidedAt: application.decidedAt,
    dueAt: application.promisedDueAt,
    dueProvisional: notes?.provisional ?? false,
    // While suspended: since when, what is left when it resumes, the due date if it ends as expected.
    stopped: notes?.stopped?.case ?? null,
    currentDepartments,
    timeline: application.auditEvents.map((e) => ({ id: String(e.id), at: e.at, action: e.action, to: e.toStatus })),
    checkedAt: now,
  };
}
export type PublicProgress = Awaited<ReturnType<typeof lookupProgress>>;
