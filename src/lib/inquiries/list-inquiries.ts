import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { answerableInquiries } from './scope';

/**
 * Staff: the questions they answer, unanswered first (overdue flagged).
 * Everyone else: the questions they asked.
 */
export async function listInquiries(actor: Actor, now = new Date()) {
  const scope = answerableInquiries(actor) ?? { askerId: actor.id };
  const rows = await db.inquiry.findMany({
    where: scope,
    orderBy: [{ dueAt: 'asc' }],
    take: 200,
    select: { id: true, question: true, answer: true, published: true, dueAt: true, answeredAt: true, createdAt: true, item: { select: { name: true } } },
  });
  return rows
    .map((r) => ({
      id: r.id,
      itemName: r.item?.name ?? null,
      question: r.question,
      answer: r.answer,
      published: r.published,
      dueAt: r.dueAt,
      answeredAt: r.answeredAt,
      createdAt: r.createdAt,
      overdue: r.answeredAt === null && r.dueAt.getTime() < now.getTime(),
    }))
    .sort((a, b) => Number(a.answeredAt !== null) - Number(b.answeredAt !== null));
}
export type InquiryRow = Awaited<ReturnType<typeof listInquiries>>[number];
