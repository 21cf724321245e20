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
    select: {
      id: true,
      question: true,
      answer: true,
      published: true,
      dueAt: true,
      answeredAt: true,
      createdAt: true,
      item: { select: { name: true } },
      // Filed by a partner system through Open311: staff see who to call back; the answer goes back through the API.
      open311: { select: { apiKey: { select: { name: true } }, firstName: true, lastName: true, phone: true, email: true, addressString: true } },
    },
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
      partner: r.open311
        ? {
            name: r.open311.apiKey.name,
            contact: [`${r.open311.lastName ?? ''}${r.open311.firstName ?? ''}`, r.open311.phone, r.open311.email, r.open311.addressString]
              .filter(Boolean)
              .join(' · '),
          }
        : null,
    }))
    .sort((a, b) => Number(a.answeredAt !== null) - Number(b.answeredAt !== null));
}
export type InquiryRow = Awaited<ReturnType<typeof listInquiries>>[number];
