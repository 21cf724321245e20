import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * Rectifications: a department its own, supervision all. Open ones first; an
 * open one past its due date is overdue, a claim awaiting review is flagged.
 */
export async function listRectifications(actor: Actor, now = new Date(), filter: { rectificationId?: string } = {}) {
  const department = DEPARTMENT_ROLES.includes(actor.role);
  if (!department && actor.role !== 'SUPERVISOR') throw new AppError('NOT_FOUND');
  const rows = await db.rectification.findMany({
    where: { ...(department ? { departmentId: actor.departmentId ?? '-' } : {}), ...(filter.rectificationId ? { id: filter.rectificationId } : {}) },
    orderBy: [{ dueAt: 'asc' }],
    select: {
      id: true,
      status: true,
      dueAt: true,
      createdAt: true,
      closedAt: true,
      outcome: true,
      callbackNote: true,
      reviewNote: true,
      department: { select: { name: true } },
      evaluation: {
        select: {
          occasion: true,
          overall: true,
          scores: true,
          comment: true,
          channel: true,
          application: { select: { id: true, receiptNumber: true, applicantName: true, contactPhone: true, version: { select: { name: true } } } },
        },
      },
    },
  });
  return rows
    .map(({ department, evaluation, ...r }) => ({
      ...r,
      department: department.name,
      occasion: evaluation.occasion,
      overall: evaluation.overall,
      scores: evaluation.scores as Record<string, number>,
      comment: evaluation.comment,
      applicationId: evaluation.application.id,
      receiptNumber: evaluation.application.receiptNumber,
      itemName: evaluation.application.version.name,
      // The department needs whom to call back.
      applicantName: evaluation.application.applicantName,
      contactPhone: evaluation.application.contactPhone,
      overdue: r.closedAt === null && r.dueAt.getTime() < now.getTime(),
      awaitingReview: r.closedAt === null && (r.status === 'CANNOT_RECTIFY' || r.status === 'INVALID_RATING'),
    }))
    .sort((a, b) => Number(a.closedAt !== null) - Number(b.closedAt !== null));
}
export type RectificationRow = Awaited<ReturnType<typeof listRectifications>>[number];
