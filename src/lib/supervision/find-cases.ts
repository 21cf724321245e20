import 'server-only';
import { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';
import { caseQuerySchema, casesMatching } from '@/lib/applications/case-query';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { maskPersonName } from '@/lib/verification/mask';

const LIMIT = 50;
const CONCLUDED_STATUSES = ['REJECTED', 'DECIDED', 'DELIVERED', 'WITHDRAWN'] as const;
const OPEN_STATUSES = ['SUBMITTED', 'CORRECTION_REQUIRED', 'ACCEPTED', 'IN_REVIEW', 'SUSPENDED'] as const;

export const caseSearchSchema = z.object({
  // A receipt number, an applicant's name, a phone or an ID number (or credit code), matched exactly.
  q: caseQuerySchema,
  scope: z.enum(['all', 'open', 'concluded']).catch('all'),
});
export type CaseSearch = z.infer<typeof caseSearchSchema>;

/**
 * 查件: a supervisor answering a call finds any case, open or concluded, by
 * what the caller can tell: the receipt number, the applicant's name, a phone
 * or an ID number, matched exactly (casesMatching). Names are shown masked: the
 * supervisor confirms who is calling by the case, not by reading out names.
 * Without a query, the concluded scope lists the latest concluded cases.
 */
export async function findCases(actor: Actor, search: CaseSearch) {
  if (actor.role !== 'SUPERVISOR' && actor.role !== 'ADMIN') throw new AppError('NOT_FOUND');
  const { q, scope } = search;
  if (!q && scope !== 'concluded') return null;
  const statuses = scope === 'open' ? [...OPEN_STATUSES] : scope === 'concluded' ? [...CONCLUDED_STATUSES] : [...OPEN_STATUSES, ...CONCLUDED_STATUSES];
  const where: Prisma.ApplicationWhereInput = { status: { in: statuses } };
  const rows = await db.application.findMany({
    where: q ? { AND: [where, await casesMatching(q)] } : where,
    orderBy: q ? [{ createdAt: 'desc' }, { id: 'desc' }] : [{ decidedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    take: LIMIT + 1,
    select: {
      id: true,
      receiptNumber: true,
      status: true,
      applicantKind: true,
      applicantName: true,
      submittedAt: true,
      acceptedAt: true,
      decidedAt: true,
      updatedAt: true,
      decision: true,
      version: { select: { name: true, department: { select: { name: true } } } },
    },
  });
  return {
    more: rows.length > LIMIT,
    rows: rows.slice(0, LIMIT).map((a) => ({
      id: a.id,
      receiptNumber: a.receiptNumber,
      itemName: a.version.name,
      department: a.version.department.name,
      status: a.status,
      decision: a.decision,
      // A company's name is a public register; a person's is masked.
      applicant: a.applicantKind === 'PERSON' ? maskPersonName(a.applicantName) : a.applicantName,
      acceptedAt: a.acceptedAt ?? a.submittedAt,
      concludedAt: a.decidedAt ?? (a.status === 'REJECTED' || a.status === 'WITHDRAWN' ? a.updatedAt : null),
    })),
  };
}
