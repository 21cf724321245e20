import { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';

/** What a caller or a person at the window can tell about their case, trimmed; anything malformed means no query. */
export const caseQuerySchema = z.preprocess((v) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : v), z.string().max(60).optional()).catch(undefined);

/**
 * The cases a query names exactly: by receipt number, applicant's name, phone
 * or ID number (or credit code), each an indexed column (migration
 * supervisor_case_search), so a search stays fast on years of cases and a
 * fragment of a name never lists strangers.
 */
export function casesMatching(q: string): Prisma.ApplicationWhereInput {
  // ID numbers end in X as often written x; credit codes are upper case.
  const upper = q.toUpperCase();
  return {
    OR: [
      { receiptNumber: q },
      { applicantName: q },
      { applicantIdNo: upper },
      { contactPhone: q },
      { applicant: { phone: q } },
      { applicant: { idNumber: upper } },
    ],
  };
}
