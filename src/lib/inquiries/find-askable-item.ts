import 'server-only';
import { db } from '@/lib/db';

/** The item a question may be about: one with a published version; else null (asked as a general question). */
export async function findAskableItem(itemId: string) {
  return db.serviceItem.findFirst({ where: { id: itemId, versions: { some: { status: 'PUBLISHED' } } }, select: { id: true, name: true } });
}
