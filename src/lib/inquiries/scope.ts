import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';
import { DEPARTMENT_ROLES, WINDOW_ROLES } from '@/lib/auth/actor';

/**
 * Which inquiries a staff member answers: a department those about items it
 * implements (current published version), the window the general ones and
 * those about items of no department; null for everyone else.
 */
export function answerableInquiries(actor: Actor): Prisma.InquiryWhereInput | null {
  if (DEPARTMENT_ROLES.includes(actor.role)) {
    return { item: { versions: { some: { status: 'PUBLISHED', departmentId: actor.departmentId ?? '-' } } } };
  }
  if (WINDOW_ROLES.includes(actor.role)) return { itemId: null };
  return null;
}
