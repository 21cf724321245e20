import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/**
 * Complaints: supervision sees all, with the overdue flag; everyone else sees
 * the ones they filed. Open ones first, then by due date.
 */
export async function listComplaints(actor: Actor, now = new Date(), filter: { complaintId?: string } = {}) {
  const supervisor = actor.role === 'SUPERVISOR';
  const rows = await db.complaint.findMany({
    where: { ...(supervisor ? {} : { complainantId: actor.id }), ...(filter.complaintId ? { id: filter.complaintId } : {}) },
    orderBy: { dueAt: 'asc' },
    select: {
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
    },
  });
  return rows
    .map((c) => ({
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
    }))
    .sort((a, b) => Number(a.status === 'ANSWERED') - Number(b.status === 'ANSWERED'));
}
export type ComplaintRow = Awaited<ReturnType<typeof listComplaints>>[number];
