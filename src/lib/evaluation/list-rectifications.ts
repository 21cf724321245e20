import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { afterKeyset, keysetResult, parseKeyset, type KeysetPage } from '@/lib/paging';
import { AppError } from '@/lib/errors';

const SELECT = {
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
} satisfies Prisma.RectificationSelect;

function toRow({ department, evaluation, ...r }: Prisma.RectificationGetPayload<{ select: typeof SELECT }>, now: Date) {
  return {
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
  };
}

/** A department its own, supervision all; anyone else none. */
function visibleRectifications(actor: Actor): Prisma.RectificationWhereInput {
  const department = DEPARTMENT_ROLES.includes(actor.role);
  if (!department && actor.role !== 'SUPERVISOR') throw new AppError('NOT_FOUND');
  return department ? { departmentId: actor.departmentId ?? '-' } : {};
}

/**
 * Rectifications: a department its own, supervision all. Every open one by
 * due date (the work at hand; one past its due date is overdue, a claim
 * awaiting review is flagged), and the closed ones a page at a time, the
 * latest closed first (keyset on closedAt): years of closed rectifications
 * are not read for each view.
 */
export async function listRectificationsPage(actor: Actor, page: KeysetPage = {}, now = new Date()) {
  const where = visibleRectifications(actor);
  const take = page.take ?? 20;
  const cursor = parseKeyset(page.after);
  const [open, closed] = await Promise.all([
    db.rectification.findMany({ where: { ...where, closedAt: null }, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }], select: SELECT }),
    db.rectification.findMany({
      where: {
        ...where,
        closedAt: { not: null },
        ...afterKeyset<Prisma.RectificationWhereInput>('closedAt', cursor, 'desc'),
      },
      orderBy: [{ closedAt: 'desc' }, { id: 'desc' }],
      take: take + 1,
      select: SELECT,
    }),
  ]);
  const { rows, next } = keysetResult(closed, take, (r) => r.closedAt);
  return { open: open.map((r) => toRow(r, now)), closed: rows.map((r) => toRow(r, now)), next };
}

/** The open rectifications and the 100 latest closed, in one list. */
export async function listRectifications(actor: Actor, now = new Date()) {
  const { open, closed } = await listRectificationsPage(actor, { take: 100 }, now);
  return [...open, ...closed];
}

/** One rectification as its list shows it (its handling page), or null. */
export async function getRectificationRow(actor: Actor, rectificationId: string, now = new Date()) {
  const r = await db.rectification.findFirst({ where: { ...visibleRectifications(actor), id: rectificationId }, select: SELECT });
  return r ? toRow(r, now) : null;
}
export type RectificationRow = ReturnType<typeof toRow>;
