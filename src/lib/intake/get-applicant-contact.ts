import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** The contact an online form starts with: the applicant's own name and phone. */
export async function getApplicantContact(actor: Actor): Promise<{ name: string; phone: string | null }> {
  return db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, phone: true } });
}
