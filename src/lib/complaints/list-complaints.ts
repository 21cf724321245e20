import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { afterKeyset, keysetResult, parseKeyset, type KeysetPage } from '@/lib/paging';

const SELECT = {
  id: true,
  target: true,
  content: true,
  status: true,
  answer: true,
  dueAt: true,
  answeredAt: true,
  createdAt: true,
  application: { select: { id: true, receiptNumber: true, version: { select: { name: true } } } },
  window: { select: { name: true } },
  staff: { select: { name: true } },
  complainant: { select: { name: true } },
  assignee: { select: { id: true, name: true } },
} satisfies Prisma.ComplaintSelect;

function toRow(c: Prisma.ComplaintGetPayload<{ select: typeof SELECT }>, supervisor: boolean, now: Date) {
  return {
    id: c.id,
    target: c.target,
    about: c.application ? `${c.application.version.name}（${c.application.receiptNumber ?? '—'}）` : (c.window?.name ?? c.staff?.name ?? '—'),
    applicationId: c.application?.id ?? null,
    content: c.content,
    status: c.status,
    answer: c.answer,
    dueAt: c.dueAt,
    answeredAt: c.answeredAt,
    createdAt: c.createdAt,
    // Only supervision sees who complained and who handles it.
    complainant: supervisor ? c.complainant.name : null,
    assignee: supervisor ? (c.assignee?.name ?? null) : null,
    overdue: c.answeredAt === null && c.dueAt.getTime() < now.getTime(),
  };
}

/**
 * Complaints: supervision sees all, with the overdue flag; everyone else sees
 * the ones they filed. Every open one, by due date (the work at hand), and the
 * answered ones a page at a time, the latest answer first (keyset on
 * answeredAt): years of answered complaints are not read for each view.
 */
export async function listComplaintsPage(actor: Actor, page: KeysetPage = {}, now = new Date()) {
  const supervisor = actor.role === 'SUPERVISOR';
  const mine: Prisma.ComplaintWhereInput = supervisor ? {} : { complainantId: actor.id };
  const take = page.take ?? 20;
  const cursor = parseKeyset(page.after);
  const [open, answered] = await Promise.all([
    db.complaint.findMany({ where: { ...mine, status: { not: 'ANSWERED' } }, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }], select: SELECT }),
    db.complaint.findMany({
      where: {
        ...mine,
        status: 'ANSWERED',
        ...afterKeyset<Prisma.ComplaintWhereInput>('answeredAt', cursor, 'desc'),
      },
      orderBy: [{ answeredAt: 'desc' }, { id: 'desc' }],
      take: take + 1,
      select: SELECT,
    }),
  ]);
  const { rows, next } = keysetResult(answered, take, (c) => c.answeredAt);
  return { open: open.map((c) => toRow(c, supervisor, now)), answered: rows.map((c) => toRow(c, supervisor, now)), next };
}

/** One complaint as its list shows it (the supervisor's handling page), or null. */
export async function getComplaintRow(actor: Actor, complaintId: string, now = new Date()) {
  const supervisor = actor.role === 'SUPERVISOR';
  const c = await db.complaint.findFirst({ where: { id: complaintId, ...(supervisor ? {} : { complainantId: actor.id }) }, select: SELECT });
  return c ? toRow(c, supervisor, now) : null;
}
export type ComplaintRow = ReturnType<typeof toRow>;
