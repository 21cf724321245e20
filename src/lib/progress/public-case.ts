import 'server-only';
import type { Prisma } from '@/generated/prisma/client';

/** What the public pages (/track, /verify) read of a case: what its papers already say, and the check code that guards it. */
export const publicCaseSelect = {
  id: true,
  checkCode: true,
  receiptNumber: true,
  status: true,
  decision: true,
  acceptedAt: true,
  decidedAt: true,
  version: { select: { name: true, department: { select: { name: true } } } },
} satisfies Prisma.ApplicationSelect;
