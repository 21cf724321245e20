import 'server-only';
import { db } from '@/lib/db';

/** Public: an item's answered and published questions, newest first; null for an unknown item. */
export async function listFaq(basicCode: string) {
  const item = await db.serviceItem.findUnique({
    where: { basicCode },
    select: {
      id: true,
      inquiries: {
        where: { published: true, answeredAt: { not: null } },
        orderBy: { answeredAt: 'desc' },
        take: 30,
        select: { id: true, question: true, answer: true, answeredAt: true },
      },
    },
  });
  return item ? { itemId: item.id, entries: item.inquiries } : null;
}
