import 'server-only';
import type { Tx } from '@/lib/db';
import { applicationEventFields, hasSubscribers, publishApplicationEvent, publishCaseEvent } from './publish-case-event';

/** A rating (好差评) of a case: the scores are codes; the comment is the rater's own words, so personal. */
export async function publishRated(
  tx: Tx,
  args: {
    evaluationId: string;
    applicationId: string;
    occasion: string;
    overall: number;
    scores: Record<string, number>;
    comment: string | null;
    rectificationId: string | null;
  },
) {
  await publishApplicationEvent(tx, 'cn.yichuang.case.rated', args.applicationId, {
    data: {
      evaluationId: args.evaluationId,
      occasion: args.occasion,
      overall: args.overall,
      scores: args.scores,
      rectificationId: args.rectificationId,
    },
    personal: { comment: args.comment },
  });
}

/**
 * A complaint filed or answered. Its case is the application it is about, so
 * it takes its place in that case's order; a complaint about a window or a
 * staff member is its own case. Its content and answer are personal.
 */
export async function publishComplaint(tx: Tx, type: 'cn.yichuang.complaint.filed' | 'cn.yichuang.complaint.answered', complaintId: string) {
  if (!(await hasSubscribers(tx, type))) return;
  const c = await tx.complaint.findUnique({
    where: { id: complaintId },
    select: {
      id: true,
      target: true,
      status: true,
      applicationId: true,
      windowId: true,
      staffId: true,
      dueAt: true,
      answeredAt: true,
      content: true,
      answer: true,
      complainant: { select: { name: true } },
    },
  });
  if (!c) return;
  const application = c.applicationId ? await applicationEventFields(tx, c.applicationId) : null;
  await publishCaseEvent(tx, {
    type,
    subject: c.applicationId ?? c.id,
    data: {
      complaintId: c.id,
      target: c.target,
      complaintStatus: c.status,
      windowId: c.windowId,
      staffId: c.staffId,
      dueAt: c.dueAt.toISOString(),
      answeredAt: c.answeredAt?.toISOString() ?? null,
      ...(application
        ? { applicationId: application.data.applicationId, receiptNumber: application.data.receiptNumber, itemCode: application.data.itemCode }
        : {}),
    },
    personal: { complainantName: c.complainant.name, content: c.content, answer: c.answer },
  });
}

/** A deadline warning colour that changed: of the case, its intake, or one of its review steps. */
export async function publishWarning(
  tx: Tx,
  args: { applicationId: string; scope: 'case' | 'intake' | 'task'; taskId: string | null; from: string; to: string; dueAt: Date },
) {
  await publishApplicationEvent(tx, 'cn.yichuang.case.warning-changed', args.applicationId, {
    data: { scope: args.scope, taskId: args.taskId, previousLevel: args.from, level: args.to, dueAt: args.dueAt.toISOString() },
  });
}
